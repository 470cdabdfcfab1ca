<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActivationChartView</name>
    <message>
        <source>f(z)</source>
        <translation>f(z)</translation>
    </message>
    <message>
        <source>f′(z)</source>
        <translation>f′(z)</translation>
    </message>
    <message>
        <source>dead f′</source>
        <translation>мёртвая зона</translation>
    </message>
    <message>
        <source>vanishing f′</source>
        <translation>зона затухания</translation>
    </message>
    <message>
        <source>z = Σ wᵢxᵢ + b</source>
        <translation>z = Σ wᵢxᵢ + b</translation>
    </message>
    <message>
        <source>f(z), f′(z)</source>
        <translation>f(z), f′(z)</translation>
    </message>
    <message>
        <source>z = %1
f(z) = %2
f′(z) = %3</source>
        <translation>z = %1
f(z) = %2
f′(z) = %3</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>unsupported file type (use .png, .svg or .pdf)</source>
        <translation>неподдерживаемый тип файла (используйте .png, .svg или .pdf)</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>не удалось закодировать изображение</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest slope |f′|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(2σ(2z) − 1)′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2σ(2z) − 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(z)</source>
        <translation type="unfinished">f′(z)</translation>
    </message>
    <message>
        <source>f(z)</source>
        <translation type="unfinished">f(z)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lecture pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid vs tanh, with 2σ(2z) − 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU, Leaky ReLU, PReLU, ELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid vs hard sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU, SiLU, mish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a comparison the lecture makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the functions to overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;derivatives f′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw f′ instead of f: see which function keeps the larger gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 2σ(2&amp;z) − 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh(z) = 2σ(2z) − 1: a scaled, shifted sigmoid lies exactly on tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation functions side by side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <source>exactly 0: dead, the first layer never learns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vanishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exploding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt;: factor |w·f′(z₁)| = %3, gradient at layer 1 = %4 — %5&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 linear layers, applied one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one layer: W·x + B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L = %1 layers y = c·(w·x + b) with c = %2, w = %3, b = %4 are exactly one layer: W = (c·w)ᴸ = %5, B = %6. Without a non-linearity, depth adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activation to compare through depth (— for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of stacked layers L (1 to 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight w of every layer: each layer multiplies the gradient by w·f′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-activation z₀ of the first layer (and of every layer, unless the forward pass is on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting pre-activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias b of every layer (forward pass and linear stack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias</source>
        <translation type="unfinished">Смещение</translation>
    </message>
    <message>
        <source>Coefficient c of the linear function f(z) = c·z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real &amp;forward pass: zₖ₊₁ = w·f(zₖ) + b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: every layer works at z₀ (the textbook bound, e.g. 0.25ᴸ for sigmoid). On: each layer feeds the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished">С&amp;бросить</translation>
    </message>
    <message>
        <source>Sigmoid, tanh and ReLU through 10 layers with w = 1, z₀ = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient reaching each layer, |∂out/∂zₖ| (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer k (1 = farthest from the output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|gradient|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stack of linear layers is one linear layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionChooser</name>
    <message>
        <source>Activation function</source>
        <translation>Функция активации</translation>
    </message>
    <message>
        <source>Choose the activation function (Ctrl+PgUp / Ctrl+PgDn, or Ctrl+1 … Ctrl+9)</source>
        <translation>Выберите функцию активации (Ctrl+PgUp / Ctrl+PgDn или Ctrl+1 … Ctrl+9)</translation>
    </message>
</context>
<context>
    <name>FunctionTexts</name>
    <message>
        <source>Step</source>
        <translation>Ступенчатая</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Линейная</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Сигмоида</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Гиперболический тангенс</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>SELU</source>
        <translation>SELU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>GELU (tanh approximation)</source>
        <translation>GELU (tanh-приближение)</translation>
    </message>
    <message>
        <source>SiLU (swish)</source>
        <translation>SiLU (swish)</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>Softsign</source>
        <translation>Softsign</translation>
    </message>
    <message>
        <source>Mish</source>
        <translation>Mish</translation>
    </message>
    <message>
        <source>Hard sigmoid</source>
        <translation>Жёсткая сигмоида</translation>
    </message>
    <message>
        <source>Hard SiLU (hard swish)</source>
        <translation>Hard SiLU (hard swish)</translation>
    </message>
    <message>
        <source>ReLU6</source>
        <translation>ReLU6</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Экспонента</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>threshold θ</source>
        <translation>порог θ</translation>
    </message>
    <message>
        <source>coefficient c</source>
        <translation>коэффициент c</translation>
    </message>
    <message>
        <source>saturation α</source>
        <translation>уровень насыщения α</translation>
    </message>
    <message>
        <source>leak slope α</source>
        <translation>наклон утечки α</translation>
    </message>
    <message>
        <source>The neuron fires (outputs 1) once z reaches the threshold θ.</source>
        <translation>Нейрон срабатывает (выдаёт 1), как только z достигает порога θ.</translation>
    </message>
    <message>
        <source>The slope of the line f(z) = c·z; its derivative is c everywhere.</source>
        <translation>Угловой коэффициент прямой f(z) = c·z; производная всюду равна c.</translation>
    </message>
    <message>
        <source>For z &lt; 0 the curve approaches −α; α = 1 makes it smooth at 0.</source>
        <translation>При z &lt; 0 кривая приближается к −α; при α = 1 излома в нуле нет.</translation>
    </message>
    <message>
        <source>The slope for z &lt; 0. PReLU learns it during training; PyTorch starts at 0.25.</source>
        <translation>Наклон при z &lt; 0. PReLU подбирает его в ходе обучения; в PyTorch начальное значение — 0,25.</translation>
    </message>
    <message>
        <source>The slope for z &lt; 0: 0 gives ReLU; PyTorch uses 0.01, Keras 0.2 or 0.3.</source>
        <translation>Наклон при z &lt; 0: при 0 получается ReLU; в PyTorch берут 0,01, в Keras — 0,2 или 0,3.</translation>
    </message>
    <message>
        <source>From the lecture</source>
        <translation>Из лекции</translation>
    </message>
    <message>
        <source>More functions</source>
        <translation>Другие функции</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <source>About the function</source>
        <translation>О функции</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Output range</source>
        <translation>Область значений</translation>
    </message>
    <message>
        <source>Bounded</source>
        <translation>Ограниченная</translation>
    </message>
    <message>
        <source>Zero-centred</source>
        <translation>Центрированная относительно нуля</translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation>Монотонная</translation>
    </message>
    <message>
        <source>Smooth (no kinks)</source>
        <translation>Гладкая (без изломов)</translation>
    </message>
    <message>
        <source>Keras</source>
        <translation>Keras</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About ActivationLab</source>
        <translation>О программе ActivationLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ActivationLab %1&lt;/h3&gt;&lt;p&gt;Explore and teach the activation functions of neural networks: the curve, its derivative, and where the gradient is dead or vanishing.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ActivationLab %1&lt;/h3&gt;&lt;p&gt;Программа для изучения и преподавания функций активации нейронных сетей: график функции, её производная и области, где градиент «мёртвый» или затухающий.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ActivationLab</source>
        <translation>ActivationLab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>&amp;Экспорт графика…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>Сохранить график в формате PNG, SVG или PDF</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Show &amp;Derivative f′</source>
        <translation>Показывать &amp;производную f′</translation>
    </message>
    <message>
        <source>Show &amp;Tangent</source>
        <translation>Показывать &amp;касательную</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>&amp;Сбросить вид</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>Ф&amp;ункция</translation>
    </message>
    <message>
        <source>&amp;Previous Function</source>
        <translation>&amp;Предыдущая функция</translation>
    </message>
    <message>
        <source>&amp;Next Function</source>
        <translation>&amp;Следующая функция</translation>
    </message>
    <message>
        <source>Reset &amp;Neuron</source>
        <translation>Сбросить &amp;нейрон</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Output Layer Guide</source>
        <translation>&amp;Справочник по выходному слою</translation>
    </message>
    <message>
        <source>&amp;About ActivationLab</source>
        <translation>&amp;О программе ActivationLab</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Элементы управления</translation>
    </message>
    <message>
        <source>Chart of the function and its derivative</source>
        <translation>График функции и её производной</translation>
    </message>
    <message>
        <source>Wheel: zoom • drag: pan • Home: reset view • arrows: pan • +/−: zoom</source>
        <translation>Колесо мыши: масштаб • перетаскивание: сдвиг • Home: исходный вид • стрелки: сдвиг • +/−: масштаб</translation>
    </message>
    <message>
        <source>Neuron read-out</source>
        <translation>Расчёт нейрона</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The figure could not be saved: %1</source>
        <translation>Не удалось сохранить график: %1</translation>
    </message>
    <message>
        <source>&amp;Neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;parsity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One neuron: the curve, its derivative and the gradient regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax over several classes: probabilities, temperature, the link to the sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient through many layers: vanishing, dead and exploding; linear layers collapsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several functions or derivatives on one chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many neurons of a random layer are active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeuronPanel</name>
    <message>
        <source>Neuron</source>
        <translation>Нейрон</translation>
    </message>
    <message>
        <source>&amp;Inputs</source>
        <translation>В&amp;ходы</translation>
    </message>
    <message>
        <source>How many inputs xᵢ the neuron has (1 to 8)</source>
        <translation>Сколько входов xᵢ у нейрона (от 1 до 8)</translation>
    </message>
    <message>
        <source>Number of inputs</source>
        <translation>Число входов</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>С&amp;бросить</translation>
    </message>
    <message>
        <source>Restore the default inputs, weights and bias</source>
        <translation>Вернуть исходные значения входов, весов и смещения</translation>
    </message>
    <message>
        <source>Input x%1: a value the neuron receives</source>
        <translation>Вход x%1: значение, которое получает нейрон</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Вход %1</translation>
    </message>
    <message>
        <source>Weight w%1: how strongly input x%1 counts in z</source>
        <translation>Вес w%1: насколько сильно вход x%1 влияет на z</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>Вес %1</translation>
    </message>
    <message>
        <source>Bias b: shifts z regardless of the inputs</source>
        <translation>Смещение b: сдвигает z независимо от входов</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Смещение</translation>
    </message>
    <message>
        <source>Vanishing threshold ε: where |f′(z)| &lt; ε the gradient is considered vanishing</source>
        <translation>Порог затухания ε: там, где |f′(z)| &lt; ε, градиент считается затухающим</translation>
    </message>
    <message>
        <source>Vanishing threshold</source>
        <translation>Порог затухания</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>%1 has no parameters.</source>
        <translation>У функции «%1» нет параметров.</translation>
    </message>
</context>
<context>
    <name>ReadoutView</name>
    <message>
        <source>undefined</source>
        <translation>не определена</translation>
    </message>
    <message>
        <source>✖ Dead gradient: f′(z) = 0 — this neuron does not learn here.</source>
        <translation>✖ «Мёртвый» градиент: f′(z) = 0 — здесь нейрон не обучается.</translation>
    </message>
    <message>
        <source>⚠ Vanishing gradient: |f′(z)| &lt; ε = %1 — learning is very slow here.</source>
        <translation>⚠ Затухающий градиент: |f′(z)| &lt; ε = %1 — здесь обучение идёт очень медленно.</translation>
    </message>
    <message>
        <source>The step jumps at z = θ: its derivative is undefined here (0 everywhere else).</source>
        <translation>В точке z = θ ступенька делает скачок: здесь производная не определена (во всех остальных точках она равна 0).</translation>
    </message>
    <message>
        <source>✔ The gradient flows: the neuron learns at this z.</source>
        <translation>✔ Градиент проходит: при этом z нейрон обучается.</translation>
    </message>
</context>
<context>
    <name>SoftmaxView</name>
    <message>
        <source>log-probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ p = %1    largest: x%2 with p = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p%1 as x%1 varies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ((x%1 − x%2) / T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two classes softmax is the sigmoid: p%1 = σ((x%1 − x%2) / T). With x%2 = 0 and T = 1 it is exactly σ(x%1) — which is why a binary classifier needs one sigmoid output, not a two-way softmax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax turns K scores into probabilities that add up to 1; the largest score wins most. A higher temperature T flattens the distribution, a lower one sharpens it. Softmax of a single value is always 1: it needs at least two classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classes K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many classes (logits) the softmax compares, 2 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lecture example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the lecture&apos;s logits [−4, 5, 2, −8] with T = 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logit x%1: the score of class %2 before softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature T: softmax(x / T); large T evens the classes out, small T picks the winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show lo&amp;g-softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show log p instead of p (what a cross-entropy loss uses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curve of class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose probability is drawn as its own logit varies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class of the curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax(x / T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One probability against its own logit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SparsityView</name>
    <message>
        <source>&lt;b&gt;Active: %1 %&lt;/b&gt; (%2 of %3 neurons with |f(z)| &gt; τ = %4) — silent: %5 %. ReLU silences about half of a random layer; sigmoid and tanh leave almost every neuron active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs of %1 %2 neurons, one random input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation of every neuron in the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function of the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many neurons the layer has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same weights and input on every computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;random layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw new weights and a new input (a new seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A neuron counts as active when |f(z)| &gt; τ (0: exactly non-zero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output f(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neurons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
