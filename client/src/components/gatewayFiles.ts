import type { TFunction } from 'i18next';
import { currentToken } from '../auth/session';

/** A GET to one of the gateway's file endpoints (`/indicators.csv`, `/report.xlsx`…), with the session's token. */
export function fetchFromGateway(path: string, params: Record<string, string>): Promise<Response> {
  return fetch(`${path}?${new URLSearchParams(params)}`, {
    headers: { authorization: `Bearer ${currentToken() ?? ''}` },
  });
}

/** Why the gateway refused a file, in French: its coded error, else a network failure. */
export async function refusalReason(response: Response, t: TFunction): Promise<string> {
  const body = (await response.json().catch(() => null)) as {
    errors?: { message?: string; extensions?: { code?: string } }[];
  } | null;
  const first = body?.errors?.[0];
  const code = first?.extensions?.code;
  return code
    ? t(`common:errors.codes.${code}`, {
        message: first?.message ?? '',
        defaultValue: first?.message ?? String(response.status),
      })
    : t('common:errors.network');
}

/** Saves a downloaded file under `name`, as the browser saves a link's target. */
export async function saveFile(response: Response, name: string): Promise<void> {
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
