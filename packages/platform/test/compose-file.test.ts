import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// docker-compose.yml cannot run here (no Docker engine): its safety rules are checked on the file.

interface Service {
  environment?: Record<string, string>;
  healthcheck?: { test?: unknown };
  depends_on?: Record<string, { condition: string }> | string[];
}

const file = readFileSync(path.resolve(__dirname, '..', '..', '..', 'docker-compose.yml'), 'utf8');
const compose = parse(file, { merge: true }) as { services: Record<string, Service> };

describe('docker-compose.yml', () => {
  it('has no default secret: compose refuses to start without each one', () => {
    expect(file).not.toMatch(/change-me/i);
    for (const secret of ['POSTGRES_PASSWORD', 'GATEWAY_SECRET', 'AUTH_ISSUER', 'AUTH_AUDIENCE'])
      expect(file).toMatch(new RegExp(`\\$\\{${secret}:\\?`));
    expect(file).not.toMatch(/\$\{(POSTGRES_PASSWORD|GATEWAY_SECRET|AUTH_JWT_SECRET):-[^}]/);
  });

  it('checks the health of every service and starts each after what it needs is healthy', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      expect([name, Boolean(service.healthcheck?.test)]).toEqual([name, true]);
      const needs = service.depends_on ?? {};
      expect([name, Array.isArray(needs)]).toEqual([name, false]);
      for (const [on, { condition }] of Object.entries(needs))
        expect([name, on, condition]).toEqual([name, on, 'service_healthy']);
    }
    expect(Object.keys(compose.services.gateway.depends_on ?? {}).sort()).toEqual([
      'accompaniment',
      'financing',
      'households',
      'housing',
    ]);
  });

  it('listens on every interface only inside the containers, in production', () => {
    for (const name of ['housing', 'households', 'accompaniment', 'financing', 'gateway', 'dashboard'])
      expect([
        name,
        compose.services[name].environment?.HOST,
        compose.services[name].environment?.NODE_ENV,
      ]).toEqual([name, '0.0.0.0', 'production']);
  });
});
