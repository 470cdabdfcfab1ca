#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks the visible teaching text: every page under resources/content/{en,ru}/, every message
of translations/*.ts (English sources, Russian translations) and every word of the exercises in
resources/exercises/*.alex (titles, tasks, questions, choices, hints, explanations, both
languages), with tags, code, placeholders and mnemonics stripped.

  check_text.py spelling SOURCE_DIR      Debian's hunspell (hunspell-ru, hunspell-en-us) with the
                                         project word list tests/content/words.txt; fails on an
                                         unknown word.
  check_text.py terminology SOURCE_DIR   the Russian text against tests/content/terminology.txt:
                                         forbidden forms and the lecture's terms that must appear.
"""
import glob
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def visible(text):
    """The words a reader sees: no <pre>/<code> blocks, tags, entities, %1 placeholders or & mnemonics."""
    text = re.sub(r'<(pre|code)\b.*?</\1>', ' ', text, flags=re.S)
    text = re.sub(r'<[^>]*>', ' ', text)
    text = html.unescape(text)
    text = re.sub(r'%L?\d+', ' ', text)
    text = re.sub(r'&(?=\w)', '', text)
    return text.replace('\u0301', '')  # the stress mark of «бо́льшие»


def texts(source_dir):
    """(language, place, visible text) for every page and every message."""
    for path in sorted(glob.glob(os.path.join(source_dir, 'resources/content/*/*.html'))):
        language = os.path.basename(os.path.dirname(path))
        with open(path, encoding='utf-8') as f:
            yield language, os.path.relpath(path, source_dir), visible(f.read())
    for path in sorted(glob.glob(os.path.join(source_dir, 'translations/*.ts'))):
        root = ET.parse(path).getroot()
        for context in root.iter('context'):
            name = context.findtext('name')
            for message in context.iter('message'):
                place = f'{os.path.relpath(path, source_dir)} {name}: {message.findtext("source")[:50]!r}'
                # The sources are the English interface, the translations the Russian one.
                yield 'en', place, visible(message.findtext('source') or '')
                yield 'ru', place, visible(message.findtext('translation') or '')
    exercise_files = sorted(glob.glob(os.path.join(source_dir, 'resources/exercises/*.alex')))
    if not exercise_files:  # a moved folder must not pass as "nothing to check"
        sys.exit(f'no exercise files under {source_dir}/resources/exercises')
    for path in exercise_files:
        with open(path, encoding='utf-8') as f:
            exercises = json.load(f)['exercises']
        for exercise in exercises:
            for field, words_ in exercise_words(exercise):
                place = f'{os.path.relpath(path, source_dir)} {exercise["id"]}.{field}'
                for language in ('en', 'ru'):
                    yield language, place, visible(words_[language])


def exercise_words(exercise):
    """(field, {"en": …, "ru": …}) for every text of an exercise a student reads."""
    for field in ('title', 'task', 'explanation'):
        yield field, exercise[field]
    prediction = exercise['prediction']
    yield 'prediction.question', prediction['question']
    for i, choice in enumerate(prediction.get('choices', []), 1):
        yield f'prediction.choices[{i}]', choice
    for i, hint in enumerate(exercise.get('hints', []), 1):
        yield f'hints[{i}]', hint


WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+(?:'[a-z]+)?")


def words(text):
    """Words to spell: letters only (hyphenated words are checked part by part); identifiers
    with digits or underscores, and single letters (variables: z, x, α), are left out."""
    for token in re.split(r'[\s\u00a0]+', text):
        if re.search(r'[0-9_]', token):
            continue
        for word in WORD.findall(token):
            if len(word) > 1:
                yield word


def spelling(source_dir):
    # The committed list has comments; hunspell's personal dictionary takes bare words.
    with open(os.path.join(source_dir, 'tests/content/words.txt'), encoding='utf-8') as f:
        listed = [w.strip() for w in f if w.strip() and not w.startswith('#')]
    bare = tempfile.NamedTemporaryFile('w', encoding='utf-8', suffix='.dic', delete=False)
    bare.write('\n'.join(listed) + '\n')
    bare.close()
    word_list = bare.name
    # English pages quote the lecture's Russian terms now and then, hence ru_RU for English too.
    dictionaries = {'en': 'en_US,ru_RU', 'ru': 'ru_RU,en_US'}
    unknown = {}
    for language, dictionary in dictionaries.items():
        places = {}
        for lang, place, text in texts(source_dir):
            if lang == language:
                for word in words(text):
                    places.setdefault(word, place)
        # hunspell -l prints the words it does not know; the word list is a personal dictionary.
        result = subprocess.run(['hunspell', '-d', dictionary, '-p', word_list, '-l', '-i', 'utf-8'],
                                input='\n'.join(places) + '\n', capture_output=True, text=True, check=True)
        for word in sorted(set(result.stdout.split())):
            unknown[f'{word} ({language})'] = places.get(word, '?')
    os.unlink(word_list)
    for word, place in sorted(unknown.items()):
        print(f'unknown word: {word}   first in {place}')
    print(f'{len(unknown)} unknown word(s)')
    return 1 if unknown else 0


def terminology(source_dir):
    rules = []
    with open(os.path.join(source_dir, 'tests/content/terminology.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            kind, pattern, advice = line.split('\t')
            rules.append((kind, re.compile(pattern), advice))
    russian = [(place, re.sub(r'[\s\u00a0]+', ' ', text)) for lang, place, text in texts(source_dir) if lang == 'ru']
    failures = 0
    for kind, pattern, advice in rules:
        hits = [(place, m.group(0)) for place, text in russian for m in pattern.finditer(text)]
        if kind == 'forbid':
            for place, found in hits:
                print(f'{place}: «{found}» — {advice}')
                failures += 1
        elif kind == 'require' and not hits:
            print(f'the lecture\'s term is missing: {pattern.pattern} — {advice}')
            failures += 1
    print(f'{failures} terminology problem(s)')
    return 1 if failures else 0


if __name__ == '__main__':
    if len(sys.argv) != 3 or sys.argv[1] not in ('spelling', 'terminology'):
        sys.exit(__doc__)
    sys.exit({'spelling': spelling, 'terminology': terminology}[sys.argv[1]](sys.argv[2]))
