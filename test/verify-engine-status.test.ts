import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// DOCKER_BIN is read when the module loads: each case runs in a child process with its own fake client.
function status(script: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-fake-docker-'));
  const bin = path.join(dir, 'docker');
  fs.writeFileSync(bin, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  // The built module (npm test builds first), loaded in a child so that it reads DOCKERFIX_DOCKER afresh.
  const code = `import(${JSON.stringify(pathToFileURL(path.resolve('dist/src/verify/docker.js')).href)}).then(async (m) => console.log(JSON.stringify(await m.engineStatus())))`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { env: { ...process.env, DOCKERFIX_DOCKER: bin }, encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return r.stdout.trim() || r.stderr;
}

describe('engineStatus without a daemon', () => {
  it('tells the line that says why (not the template error the client prints after it)', () => {
    const out = status([
      "echo 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?' >&2",
      "echo 'template parsing error: template: :1:2: executing \"\" at <.ServerVersion>: nil pointer evaluating *system.Info.ServerVersion' >&2",
      'exit 1',
    ].join('\n'));
    expect(JSON.parse(out)).toEqual({ ok: false, reason: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?' });
  });

  it('reports a daemon that answers', () => {
    expect(JSON.parse(status("echo '26.1.5'"))).toEqual({ ok: true, version: '26.1.5' });
  });
});
