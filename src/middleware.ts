import { defineMiddleware } from 'astro:middleware';
import { langOfPath, withLang } from './i18n/lang';

/** Renders every page in the language its address names, so words, dates and content follow it. */
export const onRequest = defineMiddleware((context, next) => withLang(langOfPath(context.url.pathname), next));
