// A chart's words outside the slide: its values as they read and its alt text, from the slide geometry's one rule
// (model/slide-geometry), which also lays the bars out for the stage and the slides PDF.
export { chartAlt as chartAltText, formatValue } from '../model/slide-geometry';
