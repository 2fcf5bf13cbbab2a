import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

// Every JSON file of locales/<language>/ is a namespace (one per view, plus `common`): a view's
// texts live next to each other, and English follows by adding locales/en/.
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', {
  eager: true,
});
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [file, module] of Object.entries(files)) {
  const [, language, namespace] = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(file) ?? [];
  resources[language] ??= {};
  resources[language][namespace] = module.default;
}

export const LANGUAGE = 'fr';

void i18next.use(initReactI18next).init({
  lng: LANGUAGE,
  fallbackLng: LANGUAGE,
  resources,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
