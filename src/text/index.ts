// Text folding shared by every place that matches words or names typed by a reader.
export { stripDiacritics } from './fold.ts';
