import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const dir = new URL('../../src/i18n/translations/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, string>;
const en = read('en.json');
const others = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'en.json');
const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translation files', () => {
	test('German and French are there', () => {
		expect(others.sort()).toEqual(['de.json', 'fr.json']);
	});

	test.each(others)('%s has every key of en.json and no other, each with the same {placeholders}', (file) => {
		const lang = read(file);
		const problems = [
			...Object.keys(en)
				.filter((key) => !(key in lang))
				.map((key) => `${file}: missing "${key}"`),
			...Object.keys(lang)
				.filter((key) => !(key in en))
				.map((key) => `${file}: "${key}" is not in en.json`),
			...Object.keys(en)
				.filter((key) => key in lang && placeholders(lang[key]!).join() !== placeholders(en[key]!).join())
				.map((key) => `${file}: "${key}" needs {${placeholders(en[key]!).join('}, {')}}`),
			...Object.keys(en)
				.filter((key) => en[key] !== '' && lang[key]?.trim() === '')
				.map((key) => `${file}: "${key}" is empty`),
		];
		expect(problems).toEqual([]);
	});
});
