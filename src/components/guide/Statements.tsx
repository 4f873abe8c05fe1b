import type { StatementView } from '../../lib/guide-view';
import { Cites } from './Cites';

/** Sentences the site states, each with its optional link (a setting or a form) and the claims behind it. */
export function Statements({ items }: { items: Pick<StatementView, 'id' | 'text' | 'link' | 'cites'>[] }) {
	return (
		<ul class="list-disc pl-5 space-y-2">
			{items.map((s) => (
				<li key={s.id}>
					{s.text}
					{s.link && (
						<>
							{' '}
							<a href={s.link.href} rel="noopener noreferrer">
								{s.link.label}
							</a>
						</>
					)}
					<Cites cites={s.cites} />
				</li>
			))}
		</ul>
	);
}
