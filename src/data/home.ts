/** The home page: the short answer, the chooser's options and every region's status in a table. */
import type { Lang } from '../i18n/lang';
import { contentIn } from './load';
import { chooserOptions, statusRows } from './regions';
import { leadStatements } from './guide';

export async function homeView(lang: Lang) {
	const content = await contentIn(lang);
	const lead = leadStatements(content);
	return {
		answer: lead.filter((s) => !s.link),
		action: lead.find((s) => s.link),
		options: chooserOptions(content),
		rows: await statusRows(content),
	};
}
