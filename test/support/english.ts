/**
 * Jest setup: the English catalogue is loaded on demand in the browser (`loadLocale`); tests
 * that speak English get it at once, as a Node entry point would.
 */
import { useCatalogue } from '../../src/i18n';
import { en } from '../../src/i18n/en';

useCatalogue('en', en);
