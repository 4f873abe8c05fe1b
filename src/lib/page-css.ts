/**
 * Every page inlines the site's one stylesheet, so each page would carry the rules of every other page.
 * These helpers cut a page's copy down to the rules whose classes it can use: those in its HTML and those
 * its scripts may add. Pure: the build step (src/integrations/page-css.ts) does the file work.
 */
import { transform, type Selector } from 'lightningcss';

/**
 * Everything in a script that could be a class name: its string contents split on spaces. Generous on
 * purpose: keeping a rule too many costs bytes, dropping one a script needs breaks the page.
 */
export function scriptClassCandidates(code: string): Set<string> {
	const found = new Set<string>();
	for (const token of code.split(/[\s"'`]+/)) {
		if (!token) continue;
		found.add(token);
		const trimmed = token.replace(/^[{}(),;:?+]+|[{}(),;:?+]+$/g, '');
		if (trimmed) found.add(trimmed);
	}
	return found;
}

/**
 * Whether a selector can match, given the classes in use: every class it names must be used, except inside
 * :not() (a missing class there only widens the match); of :is(), :where() and :has(), one alternative
 * is enough. Other pseudo-classes with selectors are kept, to be safe.
 */
function canMatch(selector: Selector, used: ReadonlySet<string>): boolean {
	return selector.every((component) => {
		if (component.type === 'class') return used.has(component.name);
		if (component.type !== 'pseudo-class' || !('selectors' in component) || !Array.isArray(component.selectors)) return true;
		const inner = component.selectors as Selector[];
		if (component.kind === 'is' || component.kind === 'where' || component.kind === 'has') return inner.some((alternative) => canMatch(alternative, used));
		return true;
	});
}

/** The stylesheet without the style rules none of whose selectors can match, since a class they need is never used. */
export function keepUsedRules(css: string, used: ReadonlySet<string>): string {
	const { code } = transform({
		filename: 'page.css',
		code: new TextEncoder().encode(css),
		minify: true,
		visitor: {
			Rule: {
				style(rule) {
					const matchable = rule.value.selectors.some((selector) => canMatch(selector, used));
					// Kept rules are left untouched (undefined): handing them back would make lightningcss re-read
					// them, which fails on some vendor pseudo-elements.
					return matchable ? undefined : [];
				},
			},
		},
	});
	return new TextDecoder().decode(code);
}
