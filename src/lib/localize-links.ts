/**
 * Pages are written with English addresses (/guide/, /data/…). On a German or French page, every link to a
 * page that also exists in that language is pointed at it (/de/guide/…), so a reader stays in their
 * language; links to English-only pages (sources, the change log) stay as they are. Links marked
 * `data-keep-path` (the language switcher) are left alone. Pure: the build step supplies what exists.
 */
import { DEFAULT_LANG, pathIn, type Lang } from '../i18n/lang';

export function localizeLinks(html: string, lang: Lang, existsIn: (path: string) => boolean): string {
	if (lang === DEFAULT_LANG) return html;
	return html.replace(/<(a|form)\b[^>]*>/g, (tag) => {
		if (tag.includes('data-keep-path')) return tag;
		return tag.replace(/\s(href|action)="(\/[^"#?]*)([^"]*)"/, (whole, attr: string, path: string, rest: string) => {
			if (path.startsWith('//')) return whole;
			const local = pathIn(lang, path);
			return existsIn(local) ? ` ${attr}="${local}${rest}"` : whole;
		});
	});
}
