#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the corpus of malformed scenario files in bad/ (each must be rejected with a message
and leave the app's state untouched). Rerun: python3 tests/data/scenarios/make_bad_scenarios.py
The over-1-MiB file is made by the test itself, not committed."""
import copy, json, os, random

here = os.path.dirname(os.path.abspath(__file__))
good = json.load(open(os.path.join(here, "good", "leaky-relu-lesson.alab")))
out = os.path.join(here, "bad")

def write(name, text):
    with open(os.path.join(out, name + ".alab"), "wb") as f:
        f.write(text if isinstance(text, bytes) else text.encode("utf-8"))

def variant(name, change):
    d = copy.deepcopy(good)
    change(d)
    write(name, json.dumps(d, indent=2))

write("empty", "")
write("not-json", "hello, lecture hall")
full = json.dumps(good, indent=2)
write("truncated", full[: len(full) // 2])
write("array-root", "[1, 2, 3]")
write("number-root", "42")
write("binary-garbage", bytes(random.Random(7).randrange(256) for _ in range(4096)))
write("deep-nesting", "[" * 5000 + "]" * 5000)
write("nan-literal", full.replace('"epsilon": 0.05', '"epsilon": NaN'))
write("huge-exponent", full.replace('"epsilon": 0.05', '"epsilon": 1e999'))
variant("wrong-format", lambda d: d.update(format="something-else"))
variant("missing-format", lambda d: d.pop("format"))
variant("version-2", lambda d: d.update(version=2))
variant("version-as-text", lambda d: d.update(version="1"))
variant("missing-version", lambda d: d.pop("version"))
variant("unknown-root-key", lambda d: d.update(colour="red"))
variant("unknown-explorer-key", lambda d: d["explorer"].update(zoom=2))
variant("unknown-function", lambda d: d["explorer"].update(function="swishy"))
variant("function-not-text", lambda d: d["explorer"].update(function=3))
variant("unknown-parameter", lambda d: d["explorer"]["parameters"].update(beta=0.1))
variant("parameter-out-of-range", lambda d: d["explorer"]["parameters"].update(alpha=1e9))
variant("parameter-as-text", lambda d: d["explorer"]["parameters"].update(alpha="0.2"))
variant("epsilon-out-of-range", lambda d: d["explorer"].update(epsilon=5))
variant("epsilon-negative", lambda d: d["explorer"].update(epsilon=-0.01))
variant("inputs-weights-mismatch", lambda d: d["explorer"]["neuron"].update(weights=[0.1, 0.2]))
variant("nine-inputs", lambda d: d["explorer"]["neuron"].update(inputs=[1] * 9, weights=[1] * 9))
variant("no-inputs", lambda d: d["explorer"]["neuron"].update(inputs=[], weights=[]))
variant("input-as-text", lambda d: d["explorer"]["neuron"].update(inputs=["1", 2]))
variant("bias-too-large", lambda d: d["explorer"]["neuron"].update(bias=1e7))
variant("view-inverted", lambda d: d["explorer"]["view"].update(zMin=5, zMax=-5))
variant("view-too-wide", lambda d: d["explorer"]["view"].update(zMin=-5000, zMax=5000))
variant("view-missing-edge", lambda d: d["explorer"]["view"].pop("yMax"))
variant("show-tangent-as-number", lambda d: d["explorer"].update(showTangent=1))
variant("neuron-as-list", lambda d: d["explorer"].update(neuron=[1, 2]))
variant("unknown-tab", lambda d: d.update(tab="playground"))
variant("one-logit", lambda d: d["softmax"].update(logits=[3]))
variant("eleven-logits", lambda d: d["softmax"].update(logits=[0] * 11))
variant("temperature-zero", lambda d: d["softmax"].update(temperature=0))
variant("focus-beyond-logits", lambda d: d["softmax"].update(focus=9))
variant("layers-fraction", lambda d: d["depth"].update(layers=10.5))
variant("layers-too-many", lambda d: d["depth"].update(layers=51))
variant("five-depth-functions", lambda d: d["depth"].update(functions=["relu"] * 5))
variant("compare-unknown-function", lambda d: d["compare"].update(functions=["relu", "softmax"]))
variant("sparsity-negative-seed", lambda d: d["sparsity"].update(seed=-1))
variant("sparsity-too-few-neurons", lambda d: d["sparsity"].update(neurons=3))
print(len(os.listdir(out)), "bad scenarios")
