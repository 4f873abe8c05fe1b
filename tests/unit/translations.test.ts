import { globSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { OTHER_LANGS } from '../helpers/langs';

const dir = new URL('../../src/i18n/translations/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, string>;
const en = read('en.json');
const others = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'en.json');
const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translation files', () => {
	test('every language the site is published in has its file', () => {
		expect(others.sort()).toEqual(OTHER_LANGS.map((l) => `${l}.json`).sort());
	});

	test.each(['en.json', ...others])('%s has every plural form its language needs for each counted phrase', (file) => {
		const words = read(file);
		const locale = file.replace('.json', '');
		const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
		const counted = Object.keys(en)
			.filter((key) => key.endsWith('_other'))
			.map((key) => key.slice(0, -'_other'.length));
		expect(counted.length).toBeGreaterThan(0);
		const missing = counted.flatMap((base) => forms.filter((form) => !(`${base}_${form}` in words)).map((form) => `${file}: "${base}_${form}"`));
		expect(missing).toEqual([]);
		// Each form fills the same placeholders as English's, though a form for one thing may leave out the count.
		const wrong = counted.flatMap((base) =>
			forms.filter((form) => {
				const expected = placeholders(en[`${base}_other`]!).filter((p) => form !== 'one' || p !== 'n');
				const own = placeholders(words[`${base}_${form}`] ?? '').filter((p) => form !== 'one' || p !== 'n');
				return own.join() !== expected.join();
			}),
		);
		expect(wrong).toEqual([]);
	});

	test.each(others)('%s has every key of en.json and no other, each with the same {placeholders}', (file) => {
		const lang = read(file);
		// Counted phrases take the plural forms of each language (checked below), not English's.
		const counted = new Set(Object.keys(en).flatMap((key) => (key.endsWith('_other') ? [key.slice(0, -'_other'.length)] : [])));
		const isPluralForm = (key: string) => counted.has(key.replace(/_(zero|one|two|few|many|other)$/, ''));
		const problems = [
			...Object.keys(en)
				.filter((key) => !(key in lang) && !isPluralForm(key))
				.map((key) => `${file}: missing "${key}"`),
			...Object.keys(lang)
				.filter((key) => !(key in en) && !isPluralForm(key))
				.map((key) => `${file}: "${key}" is not in en.json`),
			...Object.keys(en)
				.filter((key) => key in lang && !isPluralForm(key) && placeholders(lang[key]!).join() !== placeholders(en[key]!).join())
				.map((key) => `${file}: "${key}" needs {${placeholders(en[key]!).join('}, {')}}`),
			...Object.keys(en)
				.filter((key) => en[key] !== '' && lang[key]?.trim() === '')
				.map((key) => `${file}: "${key}" is empty`),
		];
		expect(problems).toEqual([]);
	});

	test('French puts a space that cannot break before : ; ? ! » and after «, so no line starts with one', () => {
		const root = new URL('../../', import.meta.url);
		const files = ['src/i18n/translations/fr.json', ...globSync('content/i18n/fr/**/*.{yaml,mdx}', { cwd: root })];
		const bad = files.flatMap((file) =>
			readFileSync(new URL(file, root), 'utf8')
				.split('\n')
				.flatMap((line, i) => (!line.trimStart().startsWith('#') && /\S [:;?!»]|« /.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 80)}`] : [])),
		);
		expect(files.length).toBeGreaterThan(5);
		expect(bad).toEqual([]);
	});
});
