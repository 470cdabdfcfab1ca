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
        <translation>f′ = 0</translation>
    </message>
    <message>
        <source>vanishing f′</source>
        <translation>|f′| &amp;lt; ε</translation>
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
        <translation>функция</translation>
    </message>
    <message>
        <source>largest slope |f′|</source>
        <translation>наибольший наклон |f′|</translation>
    </message>
    <message>
        <source>at z</source>
        <translation>при z</translation>
    </message>
    <message>
        <source>(2σ(2z) − 1)′</source>
        <translation>(2σ(2z) − 1)′</translation>
    </message>
    <message>
        <source>2σ(2z) − 1</source>
        <translation>2σ(2z) − 1</translation>
    </message>
    <message>
        <source>f′(z)</source>
        <translation>f′(z)</translation>
    </message>
    <message>
        <source>f(z)</source>
        <translation>f(z)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>&amp;Lecture pairs</source>
        <translation>Пары из &amp;лекции</translation>
    </message>
    <message>
        <source>Sigmoid vs tanh, with 2σ(2z) − 1</source>
        <translation>Сигмоида и tanh, с кривой 2σ(2z) − 1</translation>
    </message>
    <message>
        <source>ReLU, Leaky ReLU, PReLU, ELU</source>
        <translation>ReLU, Leaky ReLU, PReLU, ELU</translation>
    </message>
    <message>
        <source>Sigmoid vs hard sigmoid</source>
        <translation>Сигмоида и жёсткая сигмоида</translation>
    </message>
    <message>
        <source>GELU, SiLU, mish</source>
        <translation>GELU, SiLU, Mish</translation>
    </message>
    <message>
        <source>Choose a pair…</source>
        <translation>Выберите пару…</translation>
    </message>
    <message>
        <source>Show a comparison the lecture makes</source>
        <translation>Показать сравнение, которое проводится в лекции</translation>
    </message>
    <message>
        <source>Lecture pairs</source>
        <translation>Пары из лекции</translation>
    </message>
    <message>
        <source>Tick the functions to overlay</source>
        <translation>Отметьте функции, которые нужно наложить на один график</translation>
    </message>
    <message>
        <source>Functions to compare</source>
        <translation>Функции для сравнения</translation>
    </message>
    <message>
        <source>Compare &amp;derivatives f′</source>
        <translation>Сравнивать &amp;производные f′</translation>
    </message>
    <message>
        <source>Draw f′ instead of f: see which function keeps the larger gradient</source>
        <translation>Рисовать f′ вместо f: видно, у какой функции градиент остаётся больше</translation>
    </message>
    <message>
        <source>Show 2σ(2&amp;z) − 1</source>
        <translation>Показывать &amp;кривую 2σ(2z) − 1</translation>
    </message>
    <message>
        <source>tanh(z) = 2σ(2z) − 1: a scaled, shifted sigmoid lies exactly on tanh</source>
        <translation>tanh(z) = 2σ(2z) − 1: растянутая и сдвинутая сигмоида в точности ложится на tanh</translation>
    </message>
    <message>
        <source>Activation functions side by side</source>
        <translation>Сравнение функций активации</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>С&amp;равнение</translation>
    </message>
    <message>
        <source>Several functions or derivatives on one chart</source>
        <translation>Несколько функций или производных на одном графике</translation>
    </message>
    <message>
        <source>Largest slope of each function</source>
        <translation>Наибольший наклон каждой функции</translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <source>exactly 0: dead, the first layer never learns</source>
        <translation>ровно 0: градиент «мёртвый», первый слой никогда не обучается</translation>
    </message>
    <message>
        <source>vanishing</source>
        <translation>затухает</translation>
    </message>
    <message>
        <source>exploding</source>
        <translation>взрывается</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>проходит</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt;: factor |w·f′(z₁)| = %3, gradient at layer 1 = %4 — %5&lt;br&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt;: множитель |w·f′(z₁)| = %3; градиент на слое 1 = %4 — %5&lt;br&gt;</translation>
    </message>
    <message>
        <source>%1 linear layers, applied one by one</source>
        <translation>линейные слои по очереди (L = %1)</translation>
    </message>
    <message>
        <source>one layer: W·x + B</source>
        <translation>один слой: W·x + B</translation>
    </message>
    <message>
        <source>L = %1 layers y = c·(w·x + b) with c = %2, w = %3, b = %4 are exactly one layer: W = (c·w)ᴸ = %5, B = %6. Without a non-linearity, depth adds nothing.</source>
        <translation>Последовательность из L = %1 слоёв y = c·(w·x + b) при c = %2; w = %3; b = %4 — это в точности один слой: W = (c·w)ᴸ = %5; B = %6. Без нелинейности глубина ничего не добавляет.</translation>
    </message>
    <message>
        <source>Deep stack</source>
        <translation>Глубокая сеть</translation>
    </message>
    <message>
        <source>An activation to compare through depth (— for none)</source>
        <translation>Функция активации для сравнения по глубине («—» — без функции)</translation>
    </message>
    <message>
        <source>Function %1</source>
        <translation>Функция %1</translation>
    </message>
    <message>
        <source>Real &amp;forward pass: zₖ₊₁ = w·f(zₖ) + b</source>
        <translation>&amp;Прямой проход: zₖ₊₁ = w·f(zₖ) + b</translation>
    </message>
    <message>
        <source>Off: every layer works at z₀ (the textbook bound, e.g. 0.25ᴸ for sigmoid). On: each layer feeds the next.</source>
        <translation>Выключено: каждый слой работает при z₀ (оценка из учебника, например 0,25ᴸ для сигмоиды). Включено: выход каждого слоя подаётся на вход следующего.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>С&amp;бросить</translation>
    </message>
    <message>
        <source>Gradient reaching each layer, |∂out/∂zₖ| (log scale)</source>
        <translation>Градиент |∂y/∂zₖ|, дошедший до слоя (лог. шкала)</translation>
    </message>
    <message>
        <source>layer k (1 = farthest from the output)</source>
        <translation>слой k (1 — самый дальний от выхода)</translation>
    </message>
    <message>
        <source>|gradient|</source>
        <translation>|градиент|</translation>
    </message>
    <message>
        <source>A stack of linear layers is one linear layer</source>
        <translation>Линейные слои подряд — это один линейный слой</translation>
    </message>
    <message>
        <source>input x</source>
        <translation>вход x</translation>
    </message>
    <message>
        <source>output</source>
        <translation>выход</translation>
    </message>
    <message>
        <source>decided by a convention: z₀ = %1 is a kink, where f′ is not defined; PyTorch takes f′(%1) = %2. Move z₀ off the kink</source>
        <translation>решает соглашение: z₀ = %1 — точка излома, где f′ не определена; PyTorch берёт f′(%1) = %2. Сдвиньте z₀ с точки излома</translation>
    </message>
    <message>
        <source>Back to the lesson&apos;s start: sigmoid, tanh and ReLU through 10 layers</source>
        <translation>Вернуться к началу урока: сигмоида, tanh и ReLU через 10 слоёв</translation>
    </message>
    <message>
        <source>&amp;Depth</source>
        <translation>&amp;Глубина</translation>
    </message>
    <message>
        <source>The gradient through many layers: vanishing, dead and exploding; linear layers collapsing</source>
        <translation>Градиент через много слоёв: затухающий, «мёртвый» и взрывающийся; линейные слои схлопываются в один</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Open Exercise File</source>
        <translation>Открыть файл упражнений</translation>
    </message>
    <message>
        <source>Exercises (*.alex)</source>
        <translation>Упражнения (*.alex)</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ решено</translation>
    </message>
    <message>
        <source>• attempted</source>
        <translation>• начато</translation>
    </message>
    <message>
        <source>Your prediction is right. Now check it on the chart.</source>
        <translation>Прогноз верный. Теперь проверьте его на графике.</translation>
    </message>
    <message>
        <source>Your prediction is not right. Explore and find out why.</source>
        <translation>Прогноз неверный. Исследуйте график и выясните почему.</translation>
    </message>
    <message>
        <source>Hint %1: %2</source>
        <translation>Подсказка %1: %2</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Сначала выберите ответ.</translation>
    </message>
    <message>
        <source>Answer the prediction first, then change the controls to reach the goal.</source>
        <translation>Сначала ответьте на вопрос-прогноз, затем меняйте элементы управления, чтобы достичь цели.</translation>
    </message>
    <message>
        <source>✓ Goal reached.</source>
        <translation>✓ Цель достигнута.</translation>
    </message>
    <message>
        <source>Goal not reached yet: keep changing the controls.</source>
        <translation>Цель пока не достигнута: продолжайте менять элементы управления.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Почему: %1</translation>
    </message>
    <message>
        <source>Save the State as an Exercise</source>
        <translation>Сохранить состояние как упражнение</translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation>&amp;Упражнение:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>Set up the lab for this exercise and lock the controls it fixes</source>
        <translation>Настроить лабораторию для этого упражнения и заблокировать закреплённые в нём элементы управления</translation>
    </message>
    <message>
        <source>Predict first</source>
        <translation>Сначала прогноз</translation>
    </message>
    <message>
        <source>&amp;Check the Prediction</source>
        <translation>&amp;Проверить прогноз</translation>
    </message>
    <message>
        <source>Show a &amp;Hint</source>
        <translation>Показать &amp;подсказку</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <source>Save State as E&amp;xercise…</source>
        <translation>Сохранить как у&amp;пражнение…</translation>
    </message>
    <message>
        <source>Write an exercise file that starts from the current state, for a teacher to fill in</source>
        <translation>Записать файл упражнения, которое начинается с текущего состояния, — преподаватель дополнит его</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>Ваш прогноз</translation>
    </message>
    <message>
        <source>Type your prediction as a number, then check it</source>
        <translation>Введите прогноз числом, затем проверьте его</translation>
    </message>
    <message>
        <source>You left the exercise “%1”; its controls are unlocked. Press Start to begin it again.</source>
        <translation>Вы вышли из упражнения «%1»; его элементы управления разблокированы. Нажмите «Начать», чтобы пройти его заново.</translation>
    </message>
    <message>
        <source>The exercise “%1” has ended: a scenario file replaced the lab&apos;s settings. Press Start to begin it again.</source>
        <translation>Упражнение «%1» прервано: файл сценария заменил настройки лаборатории. Нажмите «Начать», чтобы пройти его заново.</translation>
    </message>
    <message>
        <source>The exercise “%1” has ended: the guided tour sets the controls itself. Press Start to begin it again.</source>
        <translation>Упражнение «%1» прервано: пошаговый обзор сам меняет элементы управления. Нажмите «Начать», чтобы пройти его заново.</translation>
    </message>
    <message>
        <source>Locked by the exercise “%1”: this setting is part of the task. “Leave Exercise” unlocks it.</source>
        <translation>Заблокировано упражнением «%1»: эта настройка — часть задания. Кнопка «Выйти из упражнения» снимает блокировку.</translation>
    </message>
    <message>
        <source>Goal not reached yet: %1.</source>
        <translation>Цель пока не достигнута: %1.</translation>
    </message>
    <message>
        <source>&amp;Leave Exercise</source>
        <translation>&amp;Выйти из упражнения</translation>
    </message>
    <message>
        <source>Close this exercise and unlock its controls; your progress stays</source>
        <translation>Закрыть это упражнение и разблокировать его элементы управления; прогресс сохранится</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>has the wrong type, expected %1</source>
        <translation>имеет неверный тип, ожидается %1</translation>
    </message>
    <message>
        <source>is not an entry of an exercise file</source>
        <translation>не является полем файла упражнений</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and &apos;-&apos;, like sigmoid-slope</source>
        <translation>должно состоять из строчных латинских букв, цифр и «-», например sigmoid-slope</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a setting</source>
        <translation>«%1» — не параметр состояния</translation>
    </message>
    <message>
        <source>must list 2 to 8 choices</source>
        <translation>должно содержать от 2 до 8 вариантов</translation>
    </message>
    <message>
        <source>must be a choice number from 1 to %1</source>
        <translation>должно быть номером варианта от 1 до %1</translation>
    </message>
    <message>
        <source>is for numeric answers only</source>
        <translation>допустимо только для числовых ответов</translation>
    </message>
    <message>
        <source>must be a number of at least 0</source>
        <translation>должно быть числом не меньше 0</translation>
    </message>
    <message>
        <source>already holds in the starting state</source>
        <translation>уже выполняется в начальном состоянии</translation>
    </message>
    <message>
        <source>does not solve the exercise: %1</source>
        <translation>не решает упражнение: %1</translation>
    </message>
    <message>
        <source>%1: the file is larger than 1 MiB</source>
        <translation>%1: файл больше 1 МиБ</translation>
    </message>
    <message>
        <source>%1: it is not valid JSON (%2 at byte %3)</source>
        <translation>%1: это некорректный JSON (%2 в байте %3)</translation>
    </message>
    <message>
        <source>%1: it is not an ActivationLab exercise file</source>
        <translation>%1: это не файл упражнений ActivationLab</translation>
    </message>
    <message>
        <source>%1: its format version %2 is not the version %3 this program reads</source>
        <translation>%1: версия формата %2 не совпадает с версией %3, которую читает программа</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice</source>
        <translation>«%1» встречается дважды</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>not available here</source>
        <translation>здесь не определено</translation>
    </message>
    <message>
        <source>choice %1 is not the right one</source>
        <translation>вариант %1 неверный</translation>
    </message>
    <message>
        <source>%1 is not within %2 of the expected value</source>
        <translation>%1 отличается от ожидаемого значения больше чем на %2</translation>
    </message>
    <message>
        <source>the locked setting %1 was changed</source>
        <translation>заблокированная настройка %1 изменена</translation>
    </message>
    <message>
        <source>the goal %1 cannot be checked in this state: %2</source>
        <translation>цель %1 нельзя проверить в этом состоянии: %2</translation>
    </message>
    <message>
        <source>the goal %1 is not reached (%2)</source>
        <translation>цель %1 не достигнута (%2)</translation>
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
        <translation>Жёсткая SiLU (hard swish)</translation>
    </message>
    <message>
        <source>ReLU6</source>
        <translation>ReLU6</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Экспоненциальная</translation>
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
        <translation>насыщение α</translation>
    </message>
    <message>
        <source>leak slope α</source>
        <translation>наклон α</translation>
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
    <name>Goal</name>
    <message>
        <source>“%1” is not a function key (see “activationlab list”)</source>
        <translation>«%1» — не ключ функции (см. «activationlab list»)</translation>
    </message>
    <message>
        <source>grad: layer %1 is not one of the %2 layers</source>
        <translation>grad: слоя %1 нет среди %2 слоёв</translation>
    </message>
    <message>
        <source>%1 needs a number, not “%2”</source>
        <translation>%1 ожидает число, а не «%2»</translation>
    </message>
    <message>
        <source>%1 needs a function key in quotes, not %2</source>
        <translation>%1 ожидает ключ функции в кавычках, а не %2</translation>
    </message>
    <message>
        <source>the goal is longer than %1 characters</source>
        <translation>цель длиннее %1 символов</translation>
    </message>
    <message>
        <source>unexpected “%1” at character %2 of the goal</source>
        <translation>неожиданное «%1» в символе %2 цели</translation>
    </message>
    <message>
        <source>the goal nests too deeply at character %1</source>
        <translation>слишком глубокая вложенность в символе %1 цели</translation>
    </message>
    <message>
        <source>the goal ends too early, at character %1</source>
        <translation>цель обрывается слишком рано, в символе %1</translation>
    </message>
    <message>
        <source>a “)” is missing at character %1 of the goal</source>
        <translation>не хватает «)» в символе %1 цели</translation>
    </message>
    <message>
        <source>a string is not closed at character %1 of the goal</source>
        <translation>строка не закрыта кавычкой в символе %1 цели</translation>
    </message>
    <message>
        <source>“%1” is not a number at character %2 of the goal</source>
        <translation>«%1» — не число, символ %2 цели</translation>
    </message>
    <message>
        <source>unknown quantity “%1” in the goal</source>
        <translation>неизвестная величина «%1» в цели</translation>
    </message>
    <message>
        <source>unknown function “%1” in the goal</source>
        <translation>неизвестная функция «%1» в цели</translation>
    </message>
    <message>
        <source>a “)” is missing after the arguments of %1 at character %2 of the goal</source>
        <translation>не хватает «)» после аргументов %1 в символе %2 цели</translation>
    </message>
    <message>
        <source>%1 takes %2 or %3 arguments, not %4</source>
        <translation>%1 принимает %2 или %3 аргумента, а не %4</translation>
    </message>
    <message>
        <source>%1 takes %2 argument(s), not %4</source>
        <translation>%1 принимает число аргументов %2, а не %4</translation>
    </message>
    <message>
        <source>%1 needs a function key in quotes first, e.g. %1(&quot;sigmoid&quot;, …)</source>
        <translation>%1 ожидает первым ключ функции в кавычках, например %1(&quot;sigmoid&quot;, …)</translation>
    </message>
    <message>
        <source>“%1” compares %2 with %3: a number with a text</source>
        <translation>«%1» сравнивает %2 с %3: число с текстом</translation>
    </message>
    <message>
        <source>“%1” is a list: name one entry, e.g. %1.1</source>
        <translation>«%1» — список: укажите один элемент, например %1.1</translation>
    </message>
    <message>
        <source>“%1” does not exist: %2 has %3 entries</source>
        <translation>«%1» не существует: в %2 элементов всего %3</translation>
    </message>
    <message>
        <source>%1 has no parameter “%2”</source>
        <translation>у %1 нет параметра «%2»</translation>
    </message>
    <message>
        <source>“%1” does not exist: there are %2 logits</source>
        <translation>«%1» не существует: логитов всего %2</translation>
    </message>
    <message>
        <source>unknown quantity “%1”</source>
        <translation>неизвестная величина «%1»</translation>
    </message>
</context>
<context>
    <name>HeatMapView</name>
    <message>
        <source>The network&apos;s output over the plane. Click to add a blue point (class 1); right-click or Shift+click to add an orange point (class 0).</source>
        <translation>Выход сети на плоскости. Щелчок добавляет синюю точку (класс 1), щелчок правой кнопкой или Shift+щелчок — оранжевую (класс 0).</translation>
    </message>
    <message>
        <source>Output over the plane</source>
        <translation>Выход на плоскости</translation>
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
    <message>
        <source>%1, %2</source>
        <comment>the two ends of an interval, or the two values of a set</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>всюду</translation>
    </message>
    <message>
        <source>z &lt; %1</source>
        <translation>z &lt; %1</translation>
    </message>
    <message>
        <source>z &gt; %1</source>
        <translation>z &gt; %1</translation>
    </message>
    <message>
        <source>%1 &lt; z &lt; %2</source>
        <translation>%1 &lt; z &lt; %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two dead intervals</comment>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>Dead gradient (f′ = 0)</source>
        <translation>«Мёртвый» градиент (f′ = 0)</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>нигде</translation>
    </message>
</context>
<context>
    <name>InitView</name>
    <message>
        <source>Weights too small: each layer multiplies the spread by about √n·σ ≈ 0.22, so by the last layer every activation is almost 0 — and the gradient reaching the first layers fades the same way.</source>
        <translation>Веса слишком малы: каждый слой умножает разброс примерно на √n·σ ≈ 0,22, и к последнему слою все активации почти равны 0 — а градиент, доходящий до первых слоёв, так же затухает.</translation>
    </message>
    <message>
        <source>Weights too large: z is huge, tanh sits on its flat ends ±1 and f′ ≈ 0 for most units (saturated). The gradients lose their balance: the large weights inflate ∂L/∂a towards the input, and the weight gradients of the layers differ by orders of magnitude.</source>
        <translation>Веса слишком велики: z огромны, tanh прижимается к своим пологим краям ±1, и у большинства нейронов f′ ≈ 0 (насыщение). Градиенты теряют равновесие: большие веса раздувают ∂L/∂a по пути ко входу, а градиенты весов разных слоёв различаются на порядки.</translation>
    </message>
    <message>
        <source>Xavier (Glorot) scales the weights by 1/√n: the spread stays roughly the same through all layers, with few saturated units — the gradient reaches the first layer.</source>
        <translation>Xavier (Glorot) масштабирует веса множителем 1/√n: разброс почти не меняется от слоя к слою, насыщенных нейронов мало — градиент доходит до первого слоя.</translation>
    </message>
    <message>
        <source>ReLU zeroes half of its inputs, so with Xavier the spread halves in variance at each layer and shrinks towards 0 in a deep stack.</source>
        <translation>ReLU обнуляет половину своих входов, поэтому при Xavier дисперсия на каждом слое уменьшается вдвое и в глубокой сети разброс стремится к 0.</translation>
    </message>
    <message>
        <source>He initialisation doubles the variance (2/n) to make up for the half that ReLU cuts off: the spread stays the same in every layer, as the dashed closed form predicts.</source>
        <translation>Инициализация He удваивает дисперсию (2/n), возмещая половину, которую отсекает ReLU: разброс одинаков на всех слоях, как и предсказывает пунктирная формула.</translation>
    </message>
    <message>
        <source>Choose a step of the classic sequence above, or set the scheme and σ yourself.</source>
        <translation>Выберите шаг классической последовательности выше или задайте схему и σ сами.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Идёт расчёт…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layer %1:&lt;/b&gt; std of the activations %2 (layer 1: %3), saturated %4 %, dead %5 %.</source>
        <translation>&lt;b&gt;Слой %1:&lt;/b&gt; стандартное отклонение активаций %2 (на слое 1: %3), насыщено %4 %, «мёртвых» %5 %.</translation>
    </message>
    <message>
        <source>The gradient reaching layer 1 has std %1 (the top&apos;s is 1): %2.</source>
        <translation>Стандартное отклонение градиента, дошедшего до слоя 1, равно %1 (на выходе — 1): %2.</translation>
    </message>
    <message>
        <source>it vanishes</source>
        <translation>градиент затухает</translation>
    </message>
    <message>
        <source>it explodes</source>
        <translation>градиент взрывается</translation>
    </message>
    <message>
        <source>it arrives</source>
        <translation>градиент доходит</translation>
    </message>
    <message>
        <source>(computing: layer %1 of %2…)</source>
        <translation>(идёт расчёт: слой %1 из %2…)</translation>
    </message>
    <message>
        <source>(preview with %1 samples)</source>
        <translation>(предварительный расчёт по %1 примерам)</translation>
    </message>
    <message>
        <source>A deep stack at its start</source>
        <translation>Глубокая сеть до обучения</translation>
    </message>
    <message>
        <source>&amp;Activation</source>
        <translation>&amp;Активация</translation>
    </message>
    <message>
        <source>The activation of every layer</source>
        <translation>Функция активации каждого слоя</translation>
    </message>
    <message>
        <source>Activation of every layer</source>
        <translation>Функция активации каждого слоя</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>&amp;Веса</translation>
    </message>
    <message>
        <source>Normal N(0, σ²)</source>
        <translation>Нормальная N(0, σ²)</translation>
    </message>
    <message>
        <source>Uniform (−σ, σ)</source>
        <translation>Равномерное (−σ, σ)</translation>
    </message>
    <message>
        <source>Xavier (Glorot), normal</source>
        <translation>Xavier (Glorot), нормальное</translation>
    </message>
    <message>
        <source>Xavier (Glorot), uniform</source>
        <translation>Xavier (Glorot), равномерное</translation>
    </message>
    <message>
        <source>He, normal</source>
        <translation>He, нормальное</translation>
    </message>
    <message>
        <source>LeCun, normal</source>
        <translation>LeCun, нормальное</translation>
    </message>
    <message>
        <source>How the weights are drawn: with a σ of your choice, or scaled by the width n (Xavier 2/(n + n), He 2/n, LeCun 1/n)</source>
        <translation>Как выбираются случайные веса: с заданным вами σ или с дисперсией по ширине слоя n (Xavier 2/(n + n), He 2/n, LeCun 1/n)</translation>
    </message>
    <message>
        <source>Initialisation scheme</source>
        <translation>Схема инициализации весов</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>&amp;Зерно</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same weights and inputs on every computer</source>
        <translation>Зерно генератора случайных чисел: с одним и тем же зерном веса и входы получаются одинаковыми на любом компьютере</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Зерно генератора случайных чисел</translation>
    </message>
    <message>
        <source>The classic sequence</source>
        <translation>Классическая последовательность</translation>
    </message>
    <message>
        <source>1. tanh, σ = 0.01</source>
        <translation>1. tanh, σ = 0,01</translation>
    </message>
    <message>
        <source>2. tanh, σ = 1</source>
        <translation>2. tanh, σ = 1</translation>
    </message>
    <message>
        <source>3. tanh, Xavier</source>
        <translation>3. tanh, Xavier</translation>
    </message>
    <message>
        <source>4. ReLU, Xavier</source>
        <translation>4. ReLU, Xavier</translation>
    </message>
    <message>
        <source>5. ReLU, He</source>
        <translation>5. ReLU, He</translation>
    </message>
    <message>
        <source>Set up this step of the sequence</source>
        <translation>Настроить этот шаг последовательности</translation>
    </message>
    <message>
        <source>Standard deviation per layer (log scale)</source>
        <translation>Разброс по слоям (лог. шкала)</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>активации</translation>
    </message>
    <message>
        <source>closed form</source>
        <translation>формула</translation>
    </message>
    <message>
        <source>∂L/∂a</source>
        <translation>∂L/∂a</translation>
    </message>
    <message>
        <source>∂L/∂W</source>
        <translation>∂L/∂W</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>слой</translation>
    </message>
    <message>
        <source>Saturated and dead units</source>
        <translation>Насыщенные и «мёртвые»</translation>
    </message>
    <message>
        <source>saturated: |f′(z)| &amp;lt; ε</source>
        <translation>насыщенные: |f′| &amp;lt; ε</translation>
    </message>
    <message>
        <source>dead: f = f′ = 0 on every sample</source>
        <translation>«мёртвые»: f = f′ = 0</translation>
    </message>
    <message>
        <source>% of units</source>
        <translation>% нейронов</translation>
    </message>
    <message>
        <source>Activations of every layer</source>
        <translation>Активации всех слоёв</translation>
    </message>
    <message>
        <source>activation f(z)</source>
        <translation>активация f(z)</translation>
    </message>
    <message>
        <source>&amp;Initialisation</source>
        <translation>&amp;Инициализация</translation>
    </message>
    <message>
        <source>What a deep stack does to the signal at its random start, before any training</source>
        <translation>Что глубокая сеть делает с сигналом при случайных начальных весах, ещё до обучения</translation>
    </message>
</context>
<context>
    <name>LectureTour</name>
    <message>
        <source>The neuron and the step function</source>
        <translation>Нейрон и ступенчатая функция</translation>
    </message>
    <message>
        <source>Linear: proportional, but flat in depth</source>
        <translation>Линейная: глубина ничего не даёт</translation>
    </message>
    <message>
        <source>f(z) = c·z passes any value through, unbounded — useful for a regression output. Its derivative is the constant c, the same for every input. Stack linear layers and they collapse into one: see it in the Depth tab.</source>
        <translation>f(z) = c·z пропускает любое значение без ограничений — это удобно на выходе регрессии. Её производная — константа c, одна и та же при любом входе. Поставьте линейные слои друг за другом, и они схлопнутся в один: это видно на вкладке «Глубина».</translation>
    </message>
    <message>
        <source>Sigmoid: a probability, with tails</source>
        <translation>Сигмоида: вероятность и пологие хвосты</translation>
    </message>
    <message>
        <source>σ squeezes z into (0, 1) between the asymptotes y = 0 and y = 1 — handy as a probability. But its slope is at most 0.25 (at z = 0) and tiny in the shaded tails: the neuron here sits in a vanishing region. Drag the weight w₁ towards 0 and watch the slope return.</source>
        <translation>σ сжимает z в интервал (0; 1) между асимптотами y = 0 и y = 1 — удобно, когда нужна вероятность. Но её наклон не больше 0,25 (при z = 0), а в затенённых хвостах он крошечный: здесь нейрон находится в зоне затухающего градиента. Сдвиньте вес w₁ к 0 и посмотрите, как возвращается наклон.</translation>
    </message>
    <message>
        <source>Tanh: the sigmoid, centred</source>
        <translation>Tanh: центрированная сигмоида</translation>
    </message>
    <message>
        <source>tanh(z) = 2σ(2z) − 1: the same S-shape stretched to (−1, 1) and centred on zero, with a slope up to 1 — four times the sigmoid&apos;s. The dashed curve 2σ(2z) − 1 lies exactly on tanh.</source>
        <translation>tanh(z) = 2σ(2z) − 1: та же S-образная кривая, но растянутая до (−1; 1) и центрированная относительно нуля, а её наклон достигает 1 — вчетверо больше, чем у сигмоиды. Штриховая кривая 2σ(2z) − 1 в точности ложится на tanh.</translation>
    </message>
    <message>
        <source>ReLU: cheap, sparse — and it can die</source>
        <translation>ReLU: дешёвая, даёт разреженность — и может «умереть»</translation>
    </message>
    <message>
        <source>ReLU(z) = max(0, z): slope 1 for z &gt; 0, exactly 0 for z &lt; 0. Here z is negative: the neuron is in the dead region and does not learn. Move the weight to make z positive and the gradient flows again.</source>
        <translation>ReLU(z) = max(0, z): наклон 1 при z &gt; 0 и ровно 0 при z &lt; 0. Здесь z отрицательна: нейрон находится в «мёртвой» зоне и не обучается. Сдвиньте вес так, чтобы z стала положительной, — и градиент снова пройдёт.</translation>
    </message>
    <message>
        <source>Leaky ReLU and PReLU: a small slope below zero</source>
        <translation>Leaky ReLU и PReLU: небольшой наклон при z &lt; 0</translation>
    </message>
    <message>
        <source>A leak α gives negative z a small slope, so the neuron never dies completely. α is a hyper-parameter (0.01 in PyTorch, 0.2 or 0.3 in Keras); PReLU learns it. Move α and watch the left half tilt.</source>
        <translation>Утечка α даёт отрицательным z небольшой наклон, поэтому нейрон никогда не «умирает» полностью. α — гиперпараметр (в PyTorch — 0,01, в Keras — 0,2 или 0,3); PReLU подбирает его в ходе обучения. Двигайте α и посмотрите, как наклоняется левая половина графика.</translation>
    </message>
    <message>
        <source>Softmax: many classes, one distribution</source>
        <translation>Softmax: много классов — одно распределение</translation>
    </message>
    <message>
        <source>Softmax turns the logits [−4, 5, 2, −8] into probabilities 0.000118, 0.952, 0.0474 and 0.00000215 that add up to 1. Change a logit or the temperature; with two classes the curve below becomes the sigmoid.</source>
        <translation>Softmax превращает логиты [−4; 5; 2; −8] в вероятности 0,000118; 0,952; 0,0474 и 0,00000215, которые в сумме дают 1. Измените какой-нибудь логит или температуру; при двух классах кривая внизу превращается в сигмоиду.</translation>
    </message>
    <message>
        <source>Which function for the output layer?</source>
        <translation>Какая функция активации нужна выходному слою?</translation>
    </message>
    <message>
        <source>Regression: linear. Binary or multi-label classification: sigmoid. One class out of many: softmax. Hidden layers: ReLU or one of its variants. The guide on the right gives the Keras line for each case.</source>
        <translation>Регрессия: линейная. Бинарная или многометочная классификация: сигмоида. Один класс из многих: softmax. Скрытые слои: ReLU или одна из её разновидностей. В справочнике справа для каждого случая приведена строка кода для Keras.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← На&amp;зад</translation>
    </message>
    <message>
        <source>The previous step (PgUp)</source>
        <translation>Предыдущий шаг (PgUp)</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Далее →</translation>
    </message>
    <message>
        <source>The next step (PgDn)</source>
        <translation>Следующий шаг (PgDn)</translation>
    </message>
    <message>
        <source>&amp;Leave the Tour</source>
        <translation>В&amp;ыйти из обзора</translation>
    </message>
    <message>
        <source>Close the tour; everything stays as it is (Esc)</source>
        <translation>Закрыть обзор; всё останется как есть (Esc)</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Пошаговый обзор лекции</translation>
    </message>
    <message>
        <source>A neuron adds up its inputs times their weights plus a bias: z = Σ wᵢxᵢ + b. The step function then only answers yes (1) once z reaches the threshold θ, or no (0). Move θ and the weight: the output jumps. Its derivative is 0 everywhere except at θ, where it does not exist, so the whole line is dead — gradient descent gets no signal from it.</source>
        <translation>Нейрон складывает входы, умноженные на их веса, и добавляет смещение: z = Σ wᵢxᵢ + b. Ступенчатая функция отвечает только «да» (1), если z достигла порога θ, или «нет» (0). Двигайте θ и вес: выход меняется скачком. Её производная равна 0 всюду, кроме точки θ, где она не существует, поэтому вся прямая — «мёртвая» зона: градиентный спуск не получает от неё никакого сигнала.</translation>
    </message>
    <message>
        <source>Initialisation: does the signal survive ten layers?</source>
        <translation>Инициализация: дойдёт ли сигнал через десять слоёв?</translation>
    </message>
    <message>
        <source>Before any training, ten tanh layers with weights drawn from N(0, 0.01²) shrink the signal layer by layer: at the top the activations and the gradients are almost zero — a vanishing gradient without a single step of learning. Try the presets below: Xavier keeps tanh&apos;s spread, ReLU needs He.</source>
        <translation>Ещё до обучения десять слоёв tanh с весами из N(0, 0,01²) слой за слоем сжимают сигнал: на последнем слое активации и градиенты почти нулевые — затухание градиента без единого шага обучения. Попробуйте готовые варианты ниже: Xavier сохраняет разброс для tanh, а для ReLU нужна инициализация He.</translation>
    </message>
    <message>
        <source>Why the activation decides what a network can learn</source>
        <translation>Почему функция активации решает, чему научится сеть</translation>
    </message>
    <message>
        <source>A network of two hidden layers learns to tell the points inside the circle from those outside, but its units are linear: linear layers stacked make one linear function, so the boundary stays a straight line and the circle cannot be separated. Press Play and watch the loss stop falling. Then choose tanh as the activation and press Play again: the boundary bends round the circle and the loss falls towards 0.</source>
        <translation>Сеть с двумя скрытыми слоями учится отличать точки внутри круга от точек снаружи, но её нейроны линейные: несколько линейных слоёв подряд дают одну линейную функцию, поэтому граница решений остаётся прямой и круг не отделить. Нажмите «Пуск» и посмотрите, как потери перестают падать. Затем выберите функцию активации tanh (гиперболический тангенс) и снова нажмите «Пуск»: граница изогнётся вокруг круга, а потери упадут почти до 0.</translation>
    </message>
</context>
<context>
    <name>LossCurveExport</name>
    <message>
        <source>Export loss &amp;curves…</source>
        <translation>Экспорт &amp;кривых потерь…</translation>
    </message>
    <message>
        <source>Save the loss, accuracy and diagnostics of every finished epoch as CSV, in the same columns as the command line&apos;s train command</source>
        <translation>Сохранить потери, точность и диагностику каждой завершённой эпохи в CSV, в тех же столбцах, что и команда обучения в командной строке</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папки %1 не существует</translation>
    </message>
    <message>
        <source>you may not write there</source>
        <translation>нет прав на запись туда</translation>
    </message>
    <message>
        <source>the disk may be full (%1)</source>
        <translation>возможно, диск заполнен (%1)</translation>
    </message>
    <message>
        <source>The loss curves could not be saved to %1: %2.</source>
        <translation>Не удалось сохранить кривые потерь в %1: %2.</translation>
    </message>
    <message>
        <source>Export Loss Curves</source>
        <translation>Экспорт кривых потерь</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the training and test loss and accuracy of every activation in the race, one row per finished epoch, as CSV</source>
        <translation>Сохранить потери и точность на обучении и на проверке для каждой функции активации в гонке — строка на каждую завершённую эпоху — в таблицу CSV</translation>
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
        <translation>&lt;h3&gt;ActivationLab %1&lt;/h3&gt;&lt;p&gt;Программа для изучения и преподавания функций активации нейронных сетей: график функции, её производная и зоны, где градиент «мёртвый» или затухающий.&lt;/p&gt;</translation>
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
        <source>Open &amp;Recent</source>
        <translation>Последние &amp;файлы</translation>
    </message>
    <message>
        <source>&amp;Save Scenario As…</source>
        <translation>&amp;Сохранить сценарий как…</translation>
    </message>
    <message>
        <source>Export Curve &amp;Values (CSV)…</source>
        <translation>Экспорт &amp;значений кривой (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Copy Figure</source>
        <translation>&amp;Копировать график</translation>
    </message>
    <message>
        <source>Export Curve Values</source>
        <translation>Экспорт значений кривой</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <source>The values could not be saved: %1</source>
        <translation>Не удалось сохранить значения: %1</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Не удаётся открыть «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2.</source>
        <translation>Не удаётся сохранить «%1»: %2.</translation>
    </message>
    <message>
        <source>ActivationLab scenario (*.alab)</source>
        <translation>Сценарий ActivationLab (*.alab)</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Во весь &amp;экран</translation>
    </message>
    <message>
        <source>&amp;Hide Side Panels</source>
        <translation>Скрыть &amp;боковые панели</translation>
    </message>
    <message>
        <source>Hide the controls and the explanation so the chart fills the screen</source>
        <translation>Скрыть элементы управления и пояснения, чтобы график занял весь экран</translation>
    </message>
    <message>
        <source>&amp;Larger Interface</source>
        <translation>&amp;Интерфейс крупнее</translation>
    </message>
    <message>
        <source>S&amp;maller Interface</source>
        <translation>Интерфейс ме&amp;льче</translation>
    </message>
    <message>
        <source>Interface at &amp;100 %</source>
        <translation>Интерфейс &amp;100 %</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;High Contrast (Projector)</source>
        <translation>&amp;Высококонтрастная (для проектора)</translation>
    </message>
    <message>
        <source>L&amp;essons</source>
        <translation>Урок&amp;и</translation>
    </message>
    <message>
        <source>Start the &amp;Guided Tour</source>
        <translation>Начать &amp;пошаговый обзор</translation>
    </message>
    <message>
        <source>Walk through the lecture step by step</source>
        <translation>Пройти лекцию шаг за шагом</translation>
    </message>
    <message>
        <source>Tour: &amp;Next Step</source>
        <translation>Обзор: &amp;следующий шаг</translation>
    </message>
    <message>
        <source>Tour: &amp;Previous Step</source>
        <translation>Обзор: &amp;предыдущий шаг</translation>
    </message>
    <message>
        <source>Tour: &amp;Leave</source>
        <translation>Обзор: в&amp;ыйти</translation>
    </message>
    <message>
        <source>&amp;Play / Pause the Sweep</source>
        <translation>&amp;Запуск / пауза анимации</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>&amp;Упражнения</translation>
    </message>
    <message>
        <source>Tasks that the app checks: predict, then explore</source>
        <translation>Задания, которые проверяет программа: сначала прогноз, затем исследование</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Упражнения</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a saved scenario or a file of exercises</source>
        <translation>Открыть сохранённый сценарий или файл упражнений</translation>
    </message>
    <message>
        <source>Save State as E&amp;xercise Start…</source>
        <translation>Сохранить состояние как начало &amp;упражнения…</translation>
    </message>
    <message>
        <source>Write an exercise file that starts from the current state, for a teacher to fill in</source>
        <translation>Записать файл упражнения, которое начинается с текущего состояния, — преподаватель дополнит его</translation>
    </message>
    <message>
        <source>ActivationLab files (*.alab *.alex);;ActivationLab scenario (*.alab);;Exercises (*.alex)</source>
        <translation>Файлы ActivationLab (*.alab *.alex);;Сценарий ActivationLab (*.alab);;Упражнения (*.alex)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>&lt;b&gt;Output unit&lt;/b&gt; (sigmoid)</source>
        <translation>&lt;b&gt;Выходной нейрон&lt;/b&gt; (сигмоида)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hidden layer %1, unit %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Скрытый слой %1, нейрон %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>bias %1</source>
        <translation>смещение %1</translation>
    </message>
    <message>
        <source>No training points yet.</source>
        <translation>Обучающих точек пока нет.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output unit&lt;/b&gt; (sigmoid)&lt;br&gt;bias %1&lt;br&gt;Probability of class 1 on the training set: mean %2, min %3, max %4</source>
        <translation>&lt;b&gt;Выходной нейрон&lt;/b&gt; (сигмоида)&lt;br&gt;смещение %1&lt;br&gt;Вероятность класса 1 на обучающей выборке: среднее %2, минимум %3, максимум %4</translation>
    </message>
    <message>
        <source>Dead: f′ = 0 on every training point, so it no longer learns.</source>
        <translation>Мёртвый: f′ = 0 на всех обучающих точках, поэтому нейрон больше не обучается.</translation>
    </message>
    <message>
        <source>Saturated: |f′| &amp;lt; %1 on most training points.</source>
        <translation>Насыщен: |f′| &amp;lt; %1 на большинстве обучающих точек.</translation>
    </message>
    <message>
        <source>Active: neither dead nor saturated.</source>
        <translation>Активен: не мёртвый и не насыщен.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hidden layer %1, unit %2&lt;/b&gt;&lt;br&gt;bias %3&lt;br&gt;Output on the training set: mean %4, min %5, max %6&lt;br&gt;%7</source>
        <translation>&lt;b&gt;Скрытый слой %1, нейрон %2&lt;/b&gt;&lt;br&gt;смещение %3&lt;br&gt;Выход на обучающей выборке: среднее %4, минимум %5, максимум %6&lt;br&gt;%7</translation>
    </message>
    <message>
        <source>hidden layer %1, unit %2</source>
        <translation>скрытый слой %1, нейрон %2</translation>
    </message>
    <message>
        <source>the output unit</source>
        <translation>выходной нейрон</translation>
    </message>
    <message>
        <source>Weight from %1 to %2: %3</source>
        <translation>Вес от %1 к %2: %3</translation>
    </message>
    <message>
        <source>%1 stays on: %2.</source>
        <translation>%1 остаётся включённым: %2.</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Схема сети</translation>
    </message>
    <message>
        <source>Inputs, hidden layers and the output unit; each unit shows its output over the plane; blue edges are positive weights, orange ones negative, wider ones larger</source>
        <translation>Входы, скрытые слои и выходной нейрон; каждый нейрон показывает свой выход на плоскости; синие связи — положительные веса, оранжевые — отрицательные, чем толще связь, тем больше вес</translation>
    </message>
    <message>
        <source>Hidden layers: %1</source>
        <translation>Скрытых слоёв: %1</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Входы</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Удалить последний скрытый слой</translation>
    </message>
    <message>
        <source>Remove a hidden layer</source>
        <translation>Удалить скрытый слой</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output</source>
        <translation>Добавить скрытый слой перед выходом</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>Добавить скрытый слой</translation>
    </message>
    <message>
        <source>Remove a unit from hidden layer %1</source>
        <translation>Убрать нейрон из скрытого слоя %1</translation>
    </message>
    <message>
        <source>Add a unit to hidden layer %1</source>
        <translation>Добавить нейрон в скрытый слой %1</translation>
    </message>
    <message>
        <source>on, click to switch it off</source>
        <translation>включён, щёлкните, чтобы выключить</translation>
    </message>
    <message>
        <source>off, click to switch it on</source>
        <translation>выключен, щёлкните, чтобы включить</translation>
    </message>
    <message>
        <source>The network needs at least one input: switch another on first.</source>
        <translation>Сети нужен хотя бы один вход: сначала включите другой.</translation>
    </message>
</context>
<context>
    <name>NeuronPage</name>
    <message>
        <source>Chart of the function and its derivative</source>
        <translation>График функции и её производной</translation>
    </message>
    <message>
        <source>Wheel: zoom • drag: pan • Home: reset view • arrows: pan • +/−: zoom</source>
        <translation>Колесо мыши: масштаб • перетаскивание: перемещение • Home: исходный вид • стрелки: перемещение • +/−: масштаб</translation>
    </message>
    <message>
        <source>Neuron read-out</source>
        <translation>Расчёт нейрона</translation>
    </message>
    <message>
        <source>&amp;Neuron</source>
        <translation>&amp;Нейрон</translation>
    </message>
    <message>
        <source>One neuron: the curve, its derivative and the gradient regions</source>
        <translation>Один нейрон: график функции, её производная и зоны «мёртвого» и затухающего градиента</translation>
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
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Прокрутить влево</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Прокрутить вправо</translation>
    </message>
</context>
<context>
    <name>RaceView</name>
    <message>
        <source>circle</source>
        <translation>круг</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>исключающее ИЛИ</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>гауссовы облака</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>спираль</translation>
    </message>
    <message>
        <source>From the Train tab: %1, hidden layers %2, η = %3, seed %4. Only the activation differs.</source>
        <translation>С вкладки «Обучение»: %1, скрытые слои %2, η = %3, зерно %4. Отличается только функция активации.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&lt;b&gt;Epochs to reach a test accuracy ≥ %1 %&lt;/b&gt;</source>
        <translation>&lt;b&gt;Эпох до точности на проверке ≥ %1 %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A stack of linear units is one linear function: its boundary stays a straight line and never encloses the circle. tanh bends the boundary and closes the ring within a few epochs.</source>
        <translation>Несколько линейных слоёв подряд — всё та же линейная функция: граница остаётся прямой и не может окружить круг. tanh изгибает границу и замыкает кольцо за несколько эпох.</translation>
    </message>
    <message>
        <source>Four sigmoid layers: σ′ is at most 0.25, so the gradient shrinks at every layer on its way back and the first layers hardly learn. ReLU passes the gradient on unchanged wherever a unit is active and reaches the target long before.</source>
        <translation>Четыре слоя с сигмоидой: σ′ не больше 0,25, поэтому на обратном пути градиент уменьшается на каждом слое — затухающий градиент, и первые слои почти не обучаются. ReLU передаёт градиент без изменений везде, где нейрон активен, и достигает цели намного раньше.</translation>
    </message>
    <message>
        <source>With η = 2, large steps push many ReLU units to z &lt; 0 for every point: there f′ = 0, so they never learn again (dead units in the table). Leaky ReLU keeps the slope α = 0.01 there and loses no unit.</source>
        <translation>При η = 2 большие шаги уводят многие нейроны ReLU в область z &lt; 0 для всех точек: там f′ = 0, и они больше не обучаются («мёртвые» нейроны в таблице) — проблема «умирающего ReLU». Leaky ReLU сохраняет там наклон α = 0,01 и не теряет ни одного нейрона.</translation>
    </message>
    <message>
        <source>Choose one of the lecture&apos;s races above, or pick the activations here and the network and data on the Train tab.</source>
        <translation>Выберите одну из гонок лекции выше или задайте функции активации здесь, а сеть и данные — на вкладке «Обучение».</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Пока не достигнута</translation>
    </message>
    <message>
        <source>The network has no hidden layer</source>
        <translation>В сети нет скрытого слоя</translation>
    </message>
    <message>
        <source>%1 reached the target first, at epoch %2.</source>
        <translation>Первой цели достигла %1 — на эпохе %2.</translation>
    </message>
    <message>
        <source>Not reached yet: %1.</source>
        <translation>Ещё не достигли: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Epoch %1&lt;/b&gt; (step %2)</source>
        <translation>&lt;b&gt;Эпоха %1&lt;/b&gt; (шаг %2)</translation>
    </message>
    <message>
        <source>The race</source>
        <translation>Гонка</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Функции активации</translation>
    </message>
    <message>
        <source>Activation %1</source>
        <translation>Функция активации %1</translation>
    </message>
    <message>
        <source>The activation of every hidden unit of this runner (with its default parameters)</source>
        <translation>Функция активации всех нейронов скрытых слоёв этого участника (с параметрами по умолчанию)</translation>
    </message>
    <message>
        <source>Remove this activation from the race</source>
        <translation>Убрать эту функцию активации из гонки</translation>
    </message>
    <message>
        <source>Remove activation %1</source>
        <translation>Убрать функцию активации %1</translation>
    </message>
    <message>
        <source>&amp;Add activation</source>
        <translation>&amp;Добавить функцию</translation>
    </message>
    <message>
        <source>Another activation joins the race (up to four)</source>
        <translation>В гонку вступает ещё одна функция активации (не больше четырёх)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Пуск</translation>
    </message>
    <message>
        <source>Start or stop the race</source>
        <translation>Запустить или остановить гонку</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>&amp;Шаг</translation>
    </message>
    <message>
        <source>One mini-batch step for every activation</source>
        <translation>Один шаг по мини-батчу для каждой функции активации</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>С&amp;брос</translation>
    </message>
    <message>
        <source>Every activation back to the same initial weights</source>
        <translation>Все функции активации — снова к одним и тем же начальным весам</translation>
    </message>
    <message>
        <source>Races from the lecture</source>
        <translation>Гонки из лекции</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Функция</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Эпох</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Точность на проверке</translation>
    </message>
    <message>
        <source>Dead in layer 1</source>
        <translation>«Мёртвых» в слое 1</translation>
    </message>
    <message>
        <source>The first epoch at which the test accuracy reached the target; — if not yet</source>
        <translation>Первая эпоха, на которой точность на проверке достигла цели; «—», если ещё не достигла</translation>
    </message>
    <message>
        <source>Test accuracy now</source>
        <translation>Точность на проверке сейчас</translation>
    </message>
    <message>
        <source>Share of the first hidden layer&apos;s units with f′ = 0 on every training point</source>
        <translation>Доля нейронов первого скрытого слоя, у которых f′ = 0 на всех обучающих точках</translation>
    </message>
    <message>
        <source>Epochs each activation needed to reach the target</source>
        <translation>Сколько эпох понадобилось каждой функции активации, чтобы достичь цели</translation>
    </message>
    <message>
        <source>R&amp;ace</source>
        <translation>Гон&amp;ка</translation>
    </message>
    <message>
        <source>Train several activations side by side on the same data from the same initial weights</source>
        <translation>Обучить несколько функций активации бок о бок на одних данных с одних и тех же начальных весов</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Потери</translation>
    </message>
    <message>
        <source>1. Linear vs tanh</source>
        <translation>1. Линейная против tanh</translation>
    </message>
    <message>
        <source>2. Sigmoid vs ReLU</source>
        <translation>2. Сигмоида против ReLU</translation>
    </message>
    <message>
        <source>3. ReLU vs Leaky ReLU</source>
        <translation>3. ReLU против Leaky ReLU</translation>
    </message>
    <message>
        <source>Set up this race: the circle, two hidden layers of 8 units, η = 0.1, target 90 %</source>
        <translation>Настроить эту гонку: круг, два скрытых слоя по 8 нейронов, η = 0,1, цель 90 %</translation>
    </message>
    <message>
        <source>Set up this race: the spiral, four hidden layers of 16 units, η = 0.1, target 80 %</source>
        <translation>Настроить эту гонку: спираль, четыре скрытых слоя по 16 нейронов, η = 0,1, цель 80 %</translation>
    </message>
    <message>
        <source>Set up this race: the circle, two hidden layers of 8 units, a large η = 2, target 90 %</source>
        <translation>Настроить эту гонку: круг, два скрытых слоя по 8 нейронов, большая η = 2, цель 90 %</translation>
    </message>
    <message>
        <source>test</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>training</source>
        <translation>обучение</translation>
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
    <message>
        <source>z = %1 is a kink: f′ is not defined here (%2 just left of it, %3 just right). Like PyTorch, the app takes f′ = %4.</source>
        <translation>z = %1 — точка излома: здесь f′ не определена (слева от неё %2, справа %3). Программа, как и PyTorch, берёт f′ = %4.</translation>
    </message>
    <message>
        <source>&amp;Copy the read-out</source>
        <translation>&amp;Копировать показания</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>unknown entry “%1”</source>
        <translation>неизвестная запись «%1»</translation>
    </message>
    <message>
        <source>“%1” must be a number</source>
        <translation>Значение «%1» должно быть числом</translation>
    </message>
    <message>
        <source>“%1” must be a whole number</source>
        <translation>Значение «%1» должно быть целым числом</translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation>Значение «%1» должно быть true или false</translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation>Значение «%1» должно быть текстом</translation>
    </message>
    <message>
        <source>“%1” must be a list</source>
        <translation>Значение «%1» должно быть списком</translation>
    </message>
    <message>
        <source>“%1” must have %2 to %3 entries</source>
        <translation>в «%1» должно быть от %2 до %3 элементов</translation>
    </message>
    <message>
        <source>“%1” must hold numbers only</source>
        <translation>в «%1» должны быть только числа</translation>
    </message>
    <message>
        <source>“%1” must be an object</source>
        <translation>Значение «%1» должно быть объектом</translation>
    </message>
    <message>
        <source>“%1” is outside the allowed range %2 … %3</source>
        <translation>«%1» вне допустимого диапазона %2 … %3</translation>
    </message>
    <message>
        <source>“%1” and “%2” must have the same length</source>
        <translation>«%1» и «%2» должны быть одной длины</translation>
    </message>
    <message>
        <source>“%1” is not a usable view (z from %2 to %3 wide, y increasing)</source>
        <translation>«%1» — недопустимая область просмотра (ширина по z должна быть от %2 до %3, а y — возрастать)</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>файл больше 1 МиБ</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>это некорректный JSON (%1, байт %2)</translation>
    </message>
    <message>
        <source>it is not an ActivationLab scenario</source>
        <translation>это не сценарий ActivationLab</translation>
    </message>
    <message>
        <source>its format version %1 is not the version %2 this program reads</source>
        <translation>версия формата %1, а эта программа читает версию %2</translation>
    </message>
    <message>
        <source>unknown function “%2” in “%1”</source>
        <translation>неизвестная функция «%2» в «%1»</translation>
    </message>
    <message>
        <source>“%2” is not a possible value of “%1”</source>
        <translation>«%2» не может быть значением «%1»</translation>
    </message>
    <message>
        <source>at least one input feature of the network must be on</source>
        <translation>у сети должен быть включён хотя бы один входной признак</translation>
    </message>
    <message>
        <source>“%1” must hold points as x, y, label with the label 0 or 1</source>
        <translation>«%1» должен содержать точки в виде x, y, метка с меткой 0 или 1</translation>
    </message>
</context>
<context>
    <name>SoftmaxView</name>
    <message>
        <source>log-probability</source>
        <translation>логарифм вероятности</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>вероятность</translation>
    </message>
    <message>
        <source>Σ p = %1    largest: x%2 with p = %3</source>
        <translation>Σ p = %1    наибольшая: x%2, p = %3</translation>
    </message>
    <message>
        <source>p%1 as x%1 varies</source>
        <translation>p%1 при изменении x%1</translation>
    </message>
    <message>
        <source>x%1</source>
        <translation>x%1</translation>
    </message>
    <message>
        <source>σ((x%1 − x%2) / T)</source>
        <translation>σ((x%1 − x%2) / T)</translation>
    </message>
    <message>
        <source>Softmax turns K scores into probabilities that add up to 1; the largest score wins most. A higher temperature T flattens the distribution, a lower one sharpens it. Softmax of a single value is always 1: it needs at least two classes.</source>
        <translation>Softmax превращает K оценок в вероятности, которые в сумме дают 1; больше всех получает наибольшая оценка. Высокая температура T сглаживает распределение, низкая делает его острее. Softmax от одного значения всегда равна 1: нужны хотя бы два класса.</translation>
    </message>
    <message>
        <source>Logits</source>
        <translation>Логиты</translation>
    </message>
    <message>
        <source>How many classes (logits) the softmax compares, 2 to 10</source>
        <translation>Сколько классов (логитов) сравнивает softmax: от 2 до 10</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>Число классов</translation>
    </message>
    <message>
        <source>&amp;Lecture example</source>
        <translation>Пример из &amp;лекции</translation>
    </message>
    <message>
        <source>Back to the lecture&apos;s logits [−4, 5, 2, −8] with T = 1</source>
        <translation>Вернуть логиты из лекции [−4; 5; 2; −8] при T = 1</translation>
    </message>
    <message>
        <source>Show lo&amp;g-softmax</source>
        <translation>&amp;Показывать логарифм softmax (log-softmax)</translation>
    </message>
    <message>
        <source>Show log p instead of p (what a cross-entropy loss uses)</source>
        <translation>Показывать ln p вместо p (логарифм вероятности используется в функции потерь «перекрёстная энтропия»)</translation>
    </message>
    <message>
        <source>Curve of class</source>
        <translation>Кривая класса</translation>
    </message>
    <message>
        <source>Whose probability is drawn as its own logit varies</source>
        <translation>Вероятность какого класса рисуется при изменении его собственного логита</translation>
    </message>
    <message>
        <source>Class of the curve</source>
        <translation>Класс для кривой</translation>
    </message>
    <message>
        <source>softmax(x / T)</source>
        <translation>softmax(x / T)</translation>
    </message>
    <message>
        <source>One probability against its own logit</source>
        <translation>Вероятность как функция своего логита</translation>
    </message>
    <message>
        <source>With two classes softmax is the sigmoid: p%1 = σ((x%1 − x%2) / T). With x%2 = 0 and T = 1 it is exactly σ(x%1) — so one sigmoid output is enough for a binary classifier; a two-way softmax computes the same thing with one redundant output.</source>
        <translation>При двух классах softmax — это сигмоида: p%1 = σ((x%1 − x%2) / T). При x%2 = 0 и T = 1 это в точности σ(x%1) — поэтому бинарному классификатору достаточно одного выхода с сигмоидой; softmax на два класса даёт то же самое, но с лишним выходом.</translation>
    </message>
    <message>
        <source>Classes &amp;K</source>
        <translation>Число &amp;классов K</translation>
    </message>
    <message>
        <source>&amp;Softmax</source>
        <translation>Soft&amp;max</translation>
    </message>
    <message>
        <source>Softmax over several classes: probabilities, temperature, the link to the sigmoid</source>
        <translation>Softmax по нескольким классам: вероятности, температура, связь с сигмоидой</translation>
    </message>
</context>
<context>
    <name>SparsityView</name>
    <message>
        <source>&lt;b&gt;Active: %1 %&lt;/b&gt; (%2 of %3 neurons with |f(z)| &gt; τ = %4) — silent: %5 %. ReLU silences about half of a random layer; sigmoid and tanh leave almost every neuron active.</source>
        <translation>&lt;b&gt;Активных нейронов: %1 %&lt;/b&gt; (|f(z)| &gt; τ = %4 у %2 из %3) — молчащих: %5 %. ReLU заглушает примерно половину случайного слоя, а у сигмоиды и tanh активны почти все нейроны.</translation>
    </message>
    <message>
        <source>Outputs of %1 %2 neurons, one random input</source>
        <translation>%2: выходы нейронов (всего %1) при одном случайном входе</translation>
    </message>
    <message>
        <source>A random layer</source>
        <translation>Случайный слой</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>Функ&amp;ция</translation>
    </message>
    <message>
        <source>The activation of every neuron in the layer</source>
        <translation>Функция активации каждого нейрона в слое</translation>
    </message>
    <message>
        <source>Function of the layer</source>
        <translation>Функция активации слоя</translation>
    </message>
    <message>
        <source>&amp;Neurons</source>
        <translation>&amp;Число нейронов</translation>
    </message>
    <message>
        <source>How many neurons the layer has</source>
        <translation>Сколько нейронов в слое</translation>
    </message>
    <message>
        <source>Number of neurons</source>
        <translation>Число нейронов</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>&amp;Зерно</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same weights and input on every computer</source>
        <translation>Зерно генератора случайных чисел: с одним и тем же зерном веса и вход получаются одинаковыми на любом компьютере</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Зерно генератора случайных чисел</translation>
    </message>
    <message>
        <source>New &amp;random layer</source>
        <translation>Новый с&amp;лучайный слой</translation>
    </message>
    <message>
        <source>Draw new weights and a new input (a new seed)</source>
        <translation>Сгенерировать новые веса и новый вход (новое зерно)</translation>
    </message>
    <message>
        <source>output f(z)</source>
        <translation>выход f(z)</translation>
    </message>
    <message>
        <source>neurons</source>
        <translation>число нейронов</translation>
    </message>
    <message>
        <source>S&amp;parsity</source>
        <translation>Р&amp;азреженность</translation>
    </message>
    <message>
        <source>How many neurons of a random layer are active</source>
        <translation>Сколько нейронов случайного слоя активны</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Open tab</source>
        <translation>Открытая вкладка</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Функция</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Вход %1</translation>
    </message>
    <message>
        <source>Input x%1: a value the neuron receives</source>
        <translation>Вход x%1: значение, которое получает нейрон</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>Вес %1</translation>
    </message>
    <message>
        <source>Weight w%1: how strongly input x%1 counts in z</source>
        <translation>Вес w%1: насколько сильно вход x%1 влияет на z</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Смещение</translation>
    </message>
    <message>
        <source>Bias b: shifts z regardless of the inputs</source>
        <translation>Смещение b: сдвигает z независимо от входов</translation>
    </message>
    <message>
        <source>Vanishing threshold</source>
        <translation>Порог затухания</translation>
    </message>
    <message>
        <source>Vanishing threshold ε: where |f′(z)| &lt; ε the gradient is considered vanishing</source>
        <translation>Порог затухания ε: там, где |f′(z)| &lt; ε, градиент считается затухающим</translation>
    </message>
    <message>
        <source>View: smallest z</source>
        <translation>Область просмотра: наименьшее z</translation>
    </message>
    <message>
        <source>View: largest z</source>
        <translation>Область просмотра: наибольшее z</translation>
    </message>
    <message>
        <source>View: lowest y</source>
        <translation>Область просмотра: наименьшее y</translation>
    </message>
    <message>
        <source>View: highest y</source>
        <translation>Область просмотра: наибольшее y</translation>
    </message>
    <message>
        <source>Show the derivative f′</source>
        <translation>Показывать производную f′</translation>
    </message>
    <message>
        <source>Show the tangent</source>
        <translation>Показывать касательную</translation>
    </message>
    <message>
        <source>Logit %1</source>
        <translation>Логит %1</translation>
    </message>
    <message>
        <source>Logit x%1: the score of class %1 before softmax</source>
        <translation>Логит x%1: оценка класса %1 до применения softmax</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Temperature T: softmax(x / T); large T evens the classes out, small T picks the winner</source>
        <translation>Температура T: softmax(x / T); при большой T классы выравниваются, при малой выделяется победитель</translation>
    </message>
    <message>
        <source>Show lo&amp;g-softmax</source>
        <translation>&amp;Показывать логарифм softmax (log-softmax)</translation>
    </message>
    <message>
        <source>Curve of class</source>
        <translation>Кривая класса</translation>
    </message>
    <message>
        <source>Function %1</source>
        <translation>Функция %1</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>Number of stacked layers L (1 to 50)</source>
        <translation>Число слоёв L (от 1 до 50)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Weight w of every layer: each layer multiplies the gradient by w·f′(z)</source>
        <translation>Вес w каждого слоя: каждый слой умножает градиент на w·f′(z)</translation>
    </message>
    <message>
        <source>Starting pre-activation</source>
        <translation>Начальное значение z₀</translation>
    </message>
    <message>
        <source>Pre-activation z₀ of the first layer (and of every layer, unless the forward pass is on)</source>
        <translation>Значение z₀ на входе активации первого слоя (и каждого слоя, если прямой проход выключен)</translation>
    </message>
    <message>
        <source>Bias b of every layer (forward pass and linear stack)</source>
        <translation>Смещение b каждого слоя (для прямого прохода и для линейных слоёв подряд)</translation>
    </message>
    <message>
        <source>Real &amp;forward pass: zₖ₊₁ = w·f(zₖ) + b</source>
        <translation>&amp;Прямой проход: zₖ₊₁ = w·f(zₖ) + b</translation>
    </message>
    <message>
        <source>Linear coefficient</source>
        <translation>Коэффициент линейной функции</translation>
    </message>
    <message>
        <source>Coefficient c of the linear function f(z) = c·z</source>
        <translation>Коэффициент c линейной функции f(z) = c·z</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Функции</translation>
    </message>
    <message>
        <source>Compare &amp;derivatives f′</source>
        <translation>Сравнивать &amp;производные f′</translation>
    </message>
    <message>
        <source>Show 2σ(2&amp;z) − 1</source>
        <translation>Показывать &amp;кривую 2σ(2z) − 1</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>Функ&amp;ция</translation>
    </message>
    <message>
        <source>&amp;Neurons</source>
        <translation>&amp;Число нейронов</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>&amp;Зерно</translation>
    </message>
    <message>
        <source>Activity threshold</source>
        <translation>Порог активности</translation>
    </message>
    <message>
        <source>A neuron counts as active when |f(z)| &gt; τ (0: exactly non-zero)</source>
        <translation>Нейрон считается активным, если |f(z)| &gt; τ (при τ = 0 — если выход ненулевой)</translation>
    </message>
    <message>
        <source>&amp;Data set</source>
        <translation>&amp;Набор данных</translation>
    </message>
    <message>
        <source>Noise, in percent of the data set&apos;s size: how far points stray from their shape</source>
        <translation>Шум в процентах от размера набора: насколько точки отходят от своей фигуры</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>Доля обучающих точек</translation>
    </message>
    <message>
        <source>Share of the points used for training; the rest test the network</source>
        <translation>Доля точек для обучения; остальные служат для проверки сети</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Number of points N of the data set</source>
        <translation>Число точек N в наборе данных</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>&amp;Зерно</translation>
    </message>
    <message>
        <source>Acti&amp;vation</source>
        <translation>&amp;Активация</translation>
    </message>
    <message>
        <source>Units in hidden layer %1</source>
        <translation>Нейроны скрытого слоя %1</translation>
    </message>
    <message>
        <source>&amp;Initialisation</source>
        <translation>&amp;Инициализация</translation>
    </message>
    <message>
        <source>Initial spread</source>
        <translation>Начальный разброс</translation>
    </message>
    <message>
        <source>Standard deviation σ of the initial weights (normal initialisation only)</source>
        <translation>Стандартное отклонение σ начальных весов (только для нормальной инициализации)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Скорость обучения</translation>
    </message>
    <message>
        <source>Learning rate η: each step moves the weights by −η times the gradient</source>
        <translation>Скорость обучения η: каждый шаг сдвигает веса на −η, умноженное на градиент</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Размер мини-батча</translation>
    </message>
    <message>
        <source>Batch size B: training points per step</source>
        <translation>Размер мини-батча B: число обучающих точек на один шаг</translation>
    </message>
    <message>
        <source>L2 regularisation</source>
        <translation>L2-регуляризация</translation>
    </message>
    <message>
        <source>L2 regularisation λ: every step also shrinks each weight by η·λ·w</source>
        <translation>L2-регуляризация λ: каждый шаг ещё и уменьшает каждый вес на η·λ·w</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Training steps per frame while playing</source>
        <translation>Шагов обучения за кадр во время воспроизведения</translation>
    </message>
    <message>
        <source>Noise, %</source>
        <translation>Шум, %</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Функция активации</translation>
    </message>
    <message>
        <source>Parameters of the activation</source>
        <translation>Параметры функции активации</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Инициализация</translation>
    </message>
    <message>
        <source>Weight scale</source>
        <translation>Масштаб весов</translation>
    </message>
    <message>
        <source>Weight scale: σ of N(0, σ²), or a of uniform(−a, a); the other schemes compute theirs from the width</source>
        <translation>Масштаб весов: σ в N(0, σ²) или a в равномерном (−a, a); остальные схемы вычисляют его по ширине слоя</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <source>Units n in every layer (10 to 1000); each layer has n inputs and n outputs</source>
        <translation>Число нейронов n в каждом слое (от 10 до 1000); у каждого слоя n входов и n выходов</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <source>Random inputs m drawn from N(0, 1) and pushed through the stack together</source>
        <translation>Число m случайных входов из N(0, 1), которые проходят через все слои вместе</translation>
    </message>
    <message>
        <source>Bias b of every unit (0 is the usual start)</source>
        <translation>Смещение b каждого нейрона (обычно в начале 0)</translation>
    </message>
    <message>
        <source>Saturation threshold</source>
        <translation>Порог насыщения</translation>
    </message>
    <message>
        <source>A unit counts as saturated on a sample when |f′(z)| &lt; ε</source>
        <translation>Нейрон считается насыщенным на примере, если |f′(z)| &lt; ε</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Момент</translation>
    </message>
    <message>
        <source>Momentum μ: every step also repeats μ times the previous step&apos;s change (0 is plain SGD)</source>
        <translation>Момент μ: каждый шаг добавляет μ, умноженное на изменение весов предыдущего шага (0 — обычный SGD)</translation>
    </message>
    <message>
        <source>Input x₁</source>
        <translation>Вход x₁</translation>
    </message>
    <message>
        <source>Input x₂</source>
        <translation>Вход x₂</translation>
    </message>
    <message>
        <source>Input x₁²</source>
        <translation>Вход x₁²</translation>
    </message>
    <message>
        <source>Input x₂²</source>
        <translation>Вход x₂²</translation>
    </message>
    <message>
        <source>Input x₁x₂</source>
        <translation>Вход x₁x₂</translation>
    </message>
    <message>
        <source>Input sin x₁</source>
        <translation>Вход sin x₁</translation>
    </message>
    <message>
        <source>Input sin x₂</source>
        <translation>Вход sin x₂</translation>
    </message>
    <message>
        <source>Activations in the race</source>
        <translation>Функции активации в гонке</translation>
    </message>
    <message>
        <source>Target X, %</source>
        <translation>Цель X, %</translation>
    </message>
    <message>
        <source>Target X: the race counts the epochs each activation needs to reach a test accuracy of at least X %</source>
        <translation>Цель X: гонка считает, сколько эпох нужно каждой функции активации, чтобы точность на проверке достигла X %</translation>
    </message>
    <message>
        <source>Added points</source>
        <translation>Добавленные точки</translation>
    </message>
    <message>
        <source>Epochs trained</source>
        <translation>Пройдено эпох</translation>
    </message>
    <message>
        <source>Epochs the network has trained; a scenario file that gives it is trained again to there</source>
        <translation>Сколько эпох сеть уже обучалась; сценарий, в котором это указано, при открытии обучает сеть заново до этой эпохи</translation>
    </message>
</context>
<context>
    <name>SweepBar</name>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Пауза</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Пуск</translation>
    </message>
    <message>
        <source>Sweep the chosen value back and forth so the point runs along the curve (Space)</source>
        <translation>Плавно менять выбранное значение туда и обратно, чтобы точка бежала по кривой (Пробел)</translation>
    </message>
    <message>
        <source>Play or pause the sweep</source>
        <translation>Запустить или приостановить анимацию</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>Ани&amp;мировать</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>смещение b</translation>
    </message>
    <message>
        <source>input x₁</source>
        <translation>вход x₁</translation>
    </message>
    <message>
        <source>weight w₁</source>
        <translation>вес w₁</translation>
    </message>
    <message>
        <source>the function&apos;s parameter</source>
        <translation>параметр функции</translation>
    </message>
    <message>
        <source>Which value the sweep moves</source>
        <translation>Какое значение меняет анимация</translation>
    </message>
    <message>
        <source>Value to sweep</source>
        <translation>Анимируемое значение</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>Скор&amp;ость</translation>
    </message>
    <message>
        <source>How fast the sweep moves, 0.1 to 10 units per second</source>
        <translation>Скорость анимации: от 0,1 до 10 единиц в секунду</translation>
    </message>
    <message>
        <source>Sweep speed</source>
        <translation>Скорость анимации</translation>
    </message>
</context>
<context>
    <name>TrainDiagnostics</name>
    <message>
        <source>no hidden layer</source>
        <translation>скрытых слоёв нет</translation>
    </message>
    <message>
        <source>dead: %1 of %2 units</source>
        <translation>«мёртвых»: %1 из %2</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Градиент</translation>
    </message>
    <message>
        <source>The norm of ∂L/∂W into each hidden layer, on a log scale: a vanishing gradient shows as the lines of the layers near the input falling away</source>
        <translation>Норма ∂L/∂W для весов каждого скрытого слоя в логарифмическом масштабе: затухающий градиент виден по тому, как линии слоёв у входа уходят вниз</translation>
    </message>
    <message>
        <source>Dead units</source>
        <translation>Мёртвые</translation>
    </message>
    <message>
        <source>Share of each hidden layer&apos;s units that are dead (f′ = 0 at every training point, solid) or saturated (|f′| &lt; ε at most of them, dashed)</source>
        <translation>Доля нейронов каждого скрытого слоя, которые «мертвы» (f′ = 0 во всех обучающих точках, сплошная линия) или насыщены (|f′| &lt; ε в большинстве из них, штриховая)</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Выходы</translation>
    </message>
    <message>
        <source>How the outputs of one hidden layer are spread over the training set at the current weights</source>
        <translation>Как распределены выходы одного скрытого слоя на обучающей выборке при текущих весах</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <source>% of units</source>
        <translation>% нейронов</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>f′ = 0</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>|f′| &amp;lt; ε</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>слой %1</translation>
    </message>
    <message>
        <source>layer %1, saturated</source>
        <translation>слой %1, насыщенные</translation>
    </message>
    <message>
        <source>La&amp;yer</source>
        <translation>С&amp;лой</translation>
    </message>
    <message>
        <source>The hidden layer whose outputs are counted (1 is nearest the input)</source>
        <translation>Скрытый слой, выходы которого подсчитываются (1 — ближайший ко входу)</translation>
    </message>
    <message>
        <source>output f(z)</source>
        <translation>выход f(z)</translation>
    </message>
    <message>
        <source>share, %</source>
        <translation>доля, %</translation>
    </message>
    <message>
        <source>active units</source>
        <translation>живые</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>«мёртвые»</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <source>layer %1</source>
        <translation>слой %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Layer %1: dead %2 %, saturated %3 %</source>
        <translation>&lt;br&gt;Слой %1: «мёртвых» %2 %, насыщенных %3 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;Epoch %1&lt;/b&gt; (step %2)&lt;br&gt;Training loss %3, test loss %4&lt;br&gt;Training accuracy %5 %, test accuracy %6 %%7</source>
        <translation>&lt;b&gt;Эпоха %1&lt;/b&gt; (шаг %2)&lt;br&gt;Потери на обучении %3, на проверке %4&lt;br&gt;Точность на обучении %5 %, на проверке %6 %%7</translation>
    </message>
    <message>
        <source>Network and data</source>
        <translation>Сеть и данные</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Круг</translation>
    </message>
    <message>
        <source>XOR (four quadrants)</source>
        <translation>Исключающее ИЛИ (четыре квадранта)</translation>
    </message>
    <message>
        <source>Two Gaussian blobs</source>
        <translation>Два гауссовых облака</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Спираль</translation>
    </message>
    <message>
        <source>Xavier (normal)</source>
        <translation>Ксавье (нормальная)</translation>
    </message>
    <message>
        <source>Xavier (uniform)</source>
        <translation>Ксавье (равномерная)</translation>
    </message>
    <message>
        <source>He</source>
        <translation>Хе</translation>
    </message>
    <message>
        <source>Uniform −0.5…0.5</source>
        <translation>Равномерная −0,5…0,5</translation>
    </message>
    <message>
        <source>Normal N(0, σ²)</source>
        <translation>Нормальная N(0, σ²)</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Нули</translation>
    </message>
    <message>
        <source>&amp;Data set</source>
        <translation>&amp;Набор данных</translation>
    </message>
    <message>
        <source>Acti&amp;vation</source>
        <translation>&amp;Активация</translation>
    </message>
    <message>
        <source>The activation of every hidden unit; the output unit is a sigmoid</source>
        <translation>Активация каждого скрытого нейрона; выходной нейрон — сигмоида</translation>
    </message>
    <message>
        <source>&amp;Initialisation</source>
        <translation>&amp;Инициализация</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>&amp;Зерно</translation>
    </message>
    <message>
        <source>The same seed gives the same points, weights and steps on every computer</source>
        <translation>Одно и то же зерно даёт те же точки, веса и шаги на любом компьютере</translation>
    </message>
    <message>
        <source>&amp;New seed</source>
        <translation>Н&amp;овое зерно</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Пуск</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>&amp;Шаг</translation>
    </message>
    <message>
        <source>One mini-batch step</source>
        <translation>Один шаг по мини-батчу</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Сброс</translation>
    </message>
    <message>
        <source>Back to the initial weights</source>
        <translation>Вернуться к начальным весам</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Потери</translation>
    </message>
    <message>
        <source>training</source>
        <translation>обучение</translation>
    </message>
    <message>
        <source>test</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <source>Gradient per layer</source>
        <translation>Градиент по слоям</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <source>Watch a small network learn a data set of the plane</source>
        <translation>Посмотрите, как небольшая сеть учится на наборе точек плоскости</translation>
    </message>
    <message>
        <source>The points to separate: two classes on the plane</source>
        <translation>Точки, которые нужно разделить: два класса на плоскости</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>Activation of the hidden layers</source>
        <translation>Активация скрытых слоёв</translation>
    </message>
    <message>
        <source>How the initial weights are drawn</source>
        <translation>Как выбираются начальные веса</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Инициализация</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Зерно генератора случайных чисел</translation>
    </message>
    <message>
        <source>New points and new initial weights (a new seed)</source>
        <translation>Новые точки и новые начальные веса (новое зерно)</translation>
    </message>
    <message>
        <source>Start or stop training</source>
        <translation>Запустить или остановить обучение</translation>
    </message>
    <message>
        <source>No point added: %1.</source>
        <translation>Точка не добавлена: %1.</translation>
    </message>
    <message>
        <source>Import Points</source>
        <translation>Импорт точек</translation>
    </message>
    <message>
        <source>Points (*.csv);;All files (*)</source>
        <translation>Точки (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Не удалось прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 16 MB; the playground takes at most %2 points.</source>
        <translation>Файл «%1» больше 16 мегабайт; площадка принимает не более %2 точек.</translation>
    </message>
    <message>
        <source>Line %1 of “%2” is not “x,y,label”: it needs three values separated by commas.</source>
        <translation>Строка %1 файла «%2» не в формате «x,y,метка»: нужны три значения через запятую.</translation>
    </message>
    <message>
        <source>Line %1 of “%2”: x and y must be finite numbers.</source>
        <translation>Строка %1 файла «%2»: x и y должны быть конечными числами.</translation>
    </message>
    <message>
        <source>Line %1 of “%2”: the label must be 0 or 1.</source>
        <translation>Строка %1 файла «%2»: метка должна быть 0 или 1.</translation>
    </message>
    <message>
        <source>“%1” has more than %2 points (line %3).</source>
        <translation>В файле «%1» больше %2 точек (строка %3).</translation>
    </message>
    <message>
        <source>“%1” holds fewer than two points.</source>
        <translation>В файле «%1» меньше двух точек.</translation>
    </message>
    <message>
        <source>“%1” has %2 points; the playground takes at most %3.</source>
        <translation>В файле «%1» %2 точек; площадка принимает не более %3.</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2.</source>
        <translation>Файл «%1» не импортирован: %2.</translation>
    </message>
    <message>
        <source>Own points only</source>
        <translation>Только свои точки</translation>
    </message>
    <message>
        <source>I&amp;mport points…</source>
        <translation>Импор&amp;т точек…</translation>
    </message>
    <message>
        <source>Points from a CSV file (x,y,label per line, label 0 or 1); they replace the generated shape</source>
        <translation>Точки из файла CSV (x,y,метка в каждой строке, метка 0 или 1); они заменяют фигуру набора данных</translation>
    </message>
    <message>
        <source>C&amp;lear added points</source>
        <translation>У&amp;брать добавленные точки</translation>
    </message>
    <message>
        <source>Remove the points clicked onto the plane or imported</source>
        <translation>Убрать точки, добавленные щелчком или импортом</translation>
    </message>
</context>
</TS>
