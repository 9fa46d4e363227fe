import { loadAllLocales } from '../../lambda/locales';

// The skill reads a lazily loaded locale's content as each request arrives; tests also read content directly.
await loadAllLocales();
