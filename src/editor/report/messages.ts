import type { ReportLink, ReportView } from '../../analysis';

/** What the extension sends the report webview: the figures to draw, or word that they are being read. */
export type ToReport = { type: 'report'; title: string; view: ReportView } | { type: 'reading'; title: string };

/**
 * What the webview sends back: it is ready for data; what it drew (so a test can check the page
 * ran under its Content-Security-Policy); a figure the user chose, to list the quotes behind it.
 */
export type FromReport = { type: 'ready' } | { type: 'drawn'; charts: number; tables: number; links: number } | { type: 'open'; link: ReportLink };
