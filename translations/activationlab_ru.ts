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
</TS>
