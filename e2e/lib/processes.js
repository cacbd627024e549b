'use strict';
// Starting and stopping CoachBot and the Agents Playground for one scenario. Every child runs in the
// driver's own process group (run.sh kills that group on exit) and carries the run's COACHBOT_E2E_RUN
// variable, which run.sh's final sweep uses to find anything that escaped.

const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const path = require('path');
const { waitUntil } = require('./wait');

const LOOPBACK = '127.0.0.1';

/** A free TCP port on loopback (the kernel picks it; it is released before use). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, LOOPBACK, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function httpGet(url, timeoutMs) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => resolve({ status: 0, body: String(error.message) }));
  });
}

function tail(file, lines) {
  try {
    const all = fs.readFileSync(file, 'utf8').split('\n');
    return all.slice(-lines - 1).join('\n').trimEnd();
  } catch {
    return '(no log)';
  }
}

/** A child process with its output appended to a log file. */
class Child {
  constructor(name, command, args, options, logFile) {
    this.name = name;
    this.logFile = logFile;
    fs.appendFileSync(logFile, `\n===== ${name} started: ${command} ${args.join(' ')}\n`);
    const out = fs.openSync(logFile, 'a');
    this.process = spawn(command, args, { ...options, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    this.exited = false;
    this.exitCode = null;
    this.exitPromise = new Promise((resolve) => {
      this.process.on('exit', (code, signal) => {
        this.exited = true;
        this.exitCode = code ?? signal;
        resolve();
      });
      this.process.on('error', (error) => {
        fs.appendFileSync(logFile, `\n===== ${name} could not start: ${error.message}\n`);
        this.exited = true;
        this.exitCode = error.message;
        resolve();
      });
    });
    Child.live.add(this);
    this.exitPromise.then(() => Child.live.delete(this));
  }

  /** SIGTERM, then SIGKILL if it has not exited within the grace period. */
  async stop(graceMs = 10000) {
    if (this.exited) return;
    this.process.kill('SIGTERM');
    const done = await Promise.race([
      this.exitPromise.then(() => true),
      new Promise((resolve) => { setTimeout(() => resolve(false), graceMs).unref(); }),
    ]);
    if (!done) {
      this.process.kill('SIGKILL');
      await this.exitPromise;
    }
  }

  /** Synchronous last resort (process 'exit' handler). */
  static killAllNow() {
    for (const child of Child.live) {
      try { child.process.kill('SIGKILL'); } catch { /* already gone */ }
    }
  }
}
Child.live = new Set();

/**
 * CoachBot: `dotnet <dll>` in Development, on loopback, with its own SQLite file. The working directory
 * is the Bot project folder, so the content root is the same as `dotnet run --project Bot`.
 */
class Bot {
  constructor({ dll, contentRoot, port, dbFile, logFile, env }) {
    Object.assign(this, { dll, contentRoot, port, dbFile, logFile, env });
    this.url = `http://${LOOPBACK}:${port}`;
    this.endpoint = `${this.url}/api/messages`;
    this.child = null;
    this.starts = 0;
  }

  async start(timeoutMs = 60000) {
    this.starts += 1;
    this.child = new Child(`CoachBot (start #${this.starts})`, 'dotnet', [this.dll, '--urls', this.url], {
      cwd: this.contentRoot,
      env: {
        ...this.env,
        ASPNETCORE_ENVIRONMENT: 'Development',
        DOTNET_ENVIRONMENT: 'Development',
        Storage__ConnectionString: `Data Source=${this.dbFile}`,
        DOTNET_CLI_TELEMETRY_OPTOUT: '1',
        DOTNET_NOLOGO: '1',
      },
    }, this.logFile);
    const child = this.child;
    await waitUntil(`CoachBot to answer ${this.url}/healthz`, timeoutMs, async () => {
      if (child.exited) {
        throw new Error(`CoachBot exited (${child.exitCode}) while starting:\n${tail(this.logFile, 25)}`);
      }
      const res = await httpGet(`${this.url}/healthz`, 2000);
      return res.status === 200;
    });
  }

  async stop() {
    if (this.child) await this.child.stop();
  }

  async restart() {
    await this.stop();
    await this.start();
  }

  logTail(lines = 30) { return tail(this.logFile, lines); }
}

/**
 * The Agents Playground: `node cli.js` with a preload that binds it to loopback, telemetry off, no
 * browser of its own, and a working directory of its own (so no config file from the repository is read).
 */
class Playground {
  constructor({ e2eDir, workDir, botEndpoint, port, logFile, eventLog, env, configPath = null }) {
    Object.assign(this, { e2eDir, workDir, botEndpoint, port, logFile, eventLog, env, configPath });
    this.child = null;
    this.actualPort = null;
  }

  get url() { return `http://${LOOPBACK}:${this.actualPort}`; }

  async start(timeoutMs = 30000) {
    const cli = require.resolve('@microsoft/m365agentsplayground/cli.js', { paths: [this.e2eDir] });
    const preload = path.join(__dirname, 'loopback-only.cjs');
    this.child = new Child('Agents Playground', process.execPath, [
      '--require', preload, cli,
      '-e', this.botEndpoint, '-c', 'msteams', '--disable-telemetry', '-p', String(this.port),
    ], {
      cwd: this.workDir,
      env: {
        ...this.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_LOGFILE: this.eventLog,
        ...(this.configPath ? { M365_AGENTS_PLAYGROUND_CONFIG_PATH: this.configPath } : {}),
      },
    }, this.logFile);
    const child = this.child;
    const startedAt = fs.statSync(this.logFile).size;
    await waitUntil('the Playground to print "Listening on <port>"', timeoutMs, async () => {
      if (child.exited) {
        throw new Error(`the Playground exited (${child.exitCode}) while starting:\n${tail(this.logFile, 25)}`);
      }
      const text = fs.readFileSync(this.logFile, 'utf8').slice(startedAt);
      const match = /Listening on (\d+)/.exec(text);
      if (!match) return false;
      this.actualPort = Number(match[1]);
      return true;
    });
    const ping = await httpGet(`${this.url}/_debug/ping`, 5000);
    if (ping.status !== 200) throw new Error(`the Playground does not answer /_debug/ping (${ping.status} ${ping.body})`);
  }

  async stop() {
    if (this.child) await this.child.stop(5000);
  }

  async getJson(route) {
    const res = await httpGet(this.url + route, 10000);
    if (res.status !== 200) throw new Error(`GET ${route} answered ${res.status}: ${res.body.slice(0, 300)}`);
    return JSON.parse(res.body);
  }

  postJson(route, body) {
    return new Promise((resolve) => {
      const data = Buffer.from(JSON.stringify(body));
      const req = http.request(this.url + route, {
        method: 'POST', timeout: 10000,
        headers: { 'content-type': 'application/json', 'content-length': data.length },
      }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { text += d; });
        res.on('end', () => resolve({ status: res.statusCode, body: text }));
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error) => resolve({ status: 0, body: String(error.message) }));
      req.end(data);
    });
  }
}

// Every Playground of a run shares the tenant and the bot (one CoachBot, one school).
const TENANT_ID = '00000000-0000-0000-0000-0000000000001';
const BOT = { id: '00000000-0000-0000-0000-00000000000011', name: 'Test Bot' };

/** Made-up colleagues: the Playground wants at least five users besides the current one. */
const FILLERS = [
  ['user-id-91', 'Adele Vance'], ['user-id-92', 'Isaiah Langer'], ['user-id-93', 'Patti Fernandez'],
  ['user-id-94', 'Lynne Robbins'], ['user-id-95', 'Diego Siciliani'],
].map(([id, name], i) => ({ id, name, aadObjectId: `00000000-0000-4000-8000-0000000009${i + 1}0` }));

function yamlUser(user, indent) {
  const [given, ...rest] = user.name.split(' ');
  const fields = {
    id: user.id, name: user.name, userPrincipleName: `${user.id}@example.com`, aadObjectId: user.aadObjectId,
    givenName: given, surname: rest.join(' ') || given, email: `${user.id}@example.com`,
  };
  return Object.entries(fields).map(([key, value], i) => `${i === 0 ? `${indent}- ` : `${indent}  `}${key}: ${JSON.stringify(value)}`).join('\n');
}

/**
 * Writes the Playground configuration file of one person of a scenario (M365_AGENTS_PLAYGROUND_CONFIG_PATH): that
 * person is the current user, the others (and fillers, to make five) are the other users; the tenant and bot are the
 * same for everyone, and each person's chats have ids of their own, kept stable between runs.
 */
function writePlaygroundConfig(file, key, people) {
  const me = people[key];
  const others = [...Object.entries(people).filter(([k]) => k !== key).map(([, p]) => p), ...FILLERS].slice(0, Math.max(5, Object.keys(people).length - 1));
  const [given, ...rest] = me.name.split(' ');
  const text = [
    'version: "0.1.1"',
    `tenantId: ${JSON.stringify(TENANT_ID)}`,
    'bot:',
    `  id: ${JSON.stringify(BOT.id)}`,
    `  name: ${JSON.stringify(BOT.name)}`,
    'currentUser:',
    `  id: ${JSON.stringify(me.id)}`,
    `  name: ${JSON.stringify(me.name)}`,
    `  userPrincipleName: ${JSON.stringify(`${me.id}@example.com`)}`,
    `  aadObjectId: ${JSON.stringify(me.aadObjectId)}`,
    `  givenName: ${JSON.stringify(given)}`,
    `  surname: ${JSON.stringify(rest.join(' ') || given)}`,
    `  email: ${JSON.stringify(`${me.id}@example.com`)}`,
    'users:',
    ...others.map((user) => yamlUser(user, '  ')),
    'personalChat:',
    `  id: ${JSON.stringify(`e2e-personal-${key}`)}`,
    'groupChat:',
    `  id: ${JSON.stringify(`e2e-group-${key}`)}`,
    '  name: "Group Chat"',
    'team:',
    `  id: ${JSON.stringify(`e2e-team-${key}`)}`,
    '  name: "My Team"',
    '  aadGroupId: "00000000-0000-0000-0000-000000000031"',
    '  channels:',
    `    - id: ${JSON.stringify(`e2e-channel-${key}`)}`,
    '      name: "Announcements"',
    '',
  ].join('\n');
  fs.writeFileSync(file, text);
  return file;
}

module.exports = { Bot, Playground, Child, freePort, tail, writePlaygroundConfig, LOOPBACK };
