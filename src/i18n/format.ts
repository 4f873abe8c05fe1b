/**
 * Filling `{name}` placeholders. Kept apart from the translation files so the island can use it without
 * bundling them.
 */
export type Vars = Record<string, string | number>;

/** Replaces each `{name}` with its value; a placeholder without a value is a mistake, so it throws. */
export function fill(template: string, vars: Vars = {}, key = template): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = vars[name];
		if (value === undefined) throw new Error(`translation "${key}" needs a value for {${name}}`);
		return String(value);
	});
}

/**
 * Like `t()`, but values may be elements (a `<time>`, a link): returns the sentence as a list of text and
 * those values, for a component to render in place.
 */
export function parts<V>(template: string, vars: Record<string, V | string | number>): (string | V)[] {
	return template.split(/(\{\w+\})/).flatMap((piece): (string | V)[] => {
		const name = /^\{(\w+)\}$/.exec(piece)?.[1];
		if (name === undefined) return piece === '' ? [] : [piece];
		const value = vars[name];
		if (value === undefined) throw new Error(`"${template}" needs a value for {${name}}`);
		return [typeof value === 'number' ? String(value) : value];
	});
}
