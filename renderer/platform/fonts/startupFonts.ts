// Atkinson Hyperlegible: designed for low-vision readers; Latin and Latin-extended.
// Each @font-face carries a unicode-range, so the browser fetches a file only when
// a character in that range is on screen. Other scripts are added per language.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
// Its slashed zero reads as a letter: digits come from Noto Sans (digits.css).
import './digits.css';
// Which family each script uses (html[data-script], picker buttons); the files load per language.
import './scriptFonts.css';
