import { boot } from './app/boot';
import './platform/fonts/startupFonts';
import './platform/styles/global.css';

void boot();
