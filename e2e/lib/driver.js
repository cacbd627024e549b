#!/usr/bin/env node
'use strict';
// Plays the scenarios in e2e/scenarios against CoachBot in the Microsoft 365 Agents Playground, in
// Debian's headless Chromium. Started by e2e/run.sh (which builds CoachBot first); every scenario gets a
// fresh CoachBot (own SQLite file), a fresh Playground and a fresh page; one Chromium (a fresh temporary
// profile) serves the whole run.
//
//   node lib/driver.js --bot-dll <CoachBot.Bot.dll> --content-root <Bot/> --work <tmp dir>
//                      [--out <dir>] [--scenario NAME]... [--docs <dir>] [--list]

const fs = require('fs');
const path = require('path');
const { Bot, Playground, Child, freePort, tail, writePlaygroundConfig } = require('./processes');
const { Traffic } = require('./traffic');
const { Chat, COMPOSE } = require('./chat');
const { validateScenario, runStep, stepType, describeStep } = require('./steps');
const { waitUntil } = require('./wait');

const E2E_DIR = path.resolve(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const VIEWPORT = { width: 1000, height: 700 };
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function parseArgs(argv) {
  const args = { scenarios: [], out: path.join(E2E_DIR, 'out'), scenariosDir: path.join(E2E_DIR, 'scenarios') };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      i += 1;
      return argv[i];
    };
    switch (a) {
      case '--bot-dll': args.botDll = path.resolve(next()); break;
      case '--content-root': args.contentRoot = path.resolve(next()); break;
      case '--work': args.work = path.resolve(next()); break;
      case '--out': args.out = path.resolve(next()); break;
      case '--scenario': args.scenarios.push(...next().split(',').filter(Boolean)); break;
      case '--scenarios-dir': args.scenariosDir = path.resolve(next()); break;
      case '--docs': args.docs = path.resolve(next()); break;
      case '--list': args.list = true; break;
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  return args;
}

function loadScenarios(dir, only) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const all = files.map((file) => {
    const full = path.join(dir, file);
    let scenario;
    try {
      scenario = JSON.parse(fs.readFileSync(full, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON: ${error.message}`);
    }
    validateScenario(scenario, full);
    return { name: file.replace(/\.json$/, ''), file: full, ...scenario };
  });
  if (!all.length) throw new Error(`no scenario files (*.json) in ${dir}`);
  if (!only.length) return all;
  const unknown = only.filter((n) => !all.some((s) => s.name === n));
  if (unknown.length) throw new Error(`no scenario named ${unknown.join(', ')} (have: ${all.map((s) => s.name).join(', ')})`);
  return all.filter((s) => only.includes(s.name));
}

let current = null; // what must be torn down if the driver is stopped mid-scenario
let stopping = false; // set by SIGINT/SIGTERM: no failure report, just stop
let browserHost = null;

/**
 * One Chromium per run: a persistent context in a fresh temporary profile, launched with the flags from
 * shared/playground.md. Each scenario gets its own page on its own Playground (its own origin, so no
 * storage is shared); cookies are cleared between scenarios. Every request to a host other than
 * loopback is aborted: the UI's only such requests are an Office CDN's fonts and animation worklet,
 * which costs four harmless console errors.
 */
class BrowserHost {
  constructor(workDir) {
    this.workDir = workDir;
    this.context = null;
    this.blocked = [];
  }

  async browserContext() {
    if (!this.context) {
      const { chromium } = require('playwright-core');
      const profile = fs.mkdtempSync(path.join(this.workDir, 'chromium-'));
      this.context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: VIEWPORT,
        locale: 'en-US',
        timezoneId: 'UTC',
      });
      this.context.on('close', () => { this.context = null; });
      await this.context.route((url) => !LOOPBACK_HOSTS.has(url.hostname) && /^(https?|wss?):$/.test(url.protocol), (route) => {
        this.blocked.push(route.request().url());
        return route.abort();
      });
    }
    return this.context;
  }

  /** `count` fresh pages for one scenario (one per person): the blank page kept between scenarios, then new ones. */
  async pages(count) {
    const context = await this.browserContext();
    const pages = [];
    const blank = context.pages().find((p) => p.url() === 'about:blank');
    if (blank) pages.push(blank);
    while (pages.length < count) pages.push(await context.newPage());
    return pages;
  }

  /** Closes a scenario's page; the next scenario starts from a blank page without cookies (one is kept open). */
  async release(page) {
    if (!this.context) return;
    if (!this.context.pages().some((p) => p !== page && p.url() === 'about:blank')) await this.context.newPage();
    await page.close().catch(() => {});
    await this.context.clearCookies().catch(() => {});
  }

  async close() {
    if (this.context) await this.context.close().catch(() => {});
    this.context = null;
  }
}

/**
 * The environment variables that set CoachBot settings ("Section:Key" → "Section__Key"). "{bot}" in a value stands for
 * CoachBot's own address in this run (http://127.0.0.1:<port>), e.g. {"Bot:PublicBaseUrl": "{bot}"}.
 */
function settingsEnv(settings, botUrl) {
  return Object.fromEntries(Object.entries(settings || {}).map(([key, value]) => [key.replace(/:/g, '__'), value.split('{bot}').join(botUrl)]));
}

/**
 * One person's side of a scenario: their Playground (with its own configuration file when the scenario lists people),
 * their page in Chromium, what crossed that page's WebSockets, and where the last action left off.
 */
function personContext({ key, page, playground, traffic, bot, log, args, outDir, stepNo }) {
  const chat = new Chat(page);
  const prefix = key ? `${key}-` : '';
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  // A card the renderer cannot draw takes the whole chat pane down; React reports why on the console.
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource|net::ERR_/.test(message.text())) pageErrors.push(message.text());
  });
  return {
    key, page, chat, traffic, bot, playground, log, pageErrors,
    linkPages: [], // pages a card's link opened (openLink), closed with the scenario
    docsDir: args.docs || null,
    state: { messageCount: 0, trafficMark: 0, clickedIndex: null, accepted: new Set() },
    screenshotPath: (name) => path.join(outDir, `${String(stepNo()).padStart(2, '0')}-${prefix}${name}.png`),
    async screenshot(file, of, { neutralMouse = false } = {}) {
      if (neutralMouse) {
        // Park the pointer on the empty bottom of the log panel so no button shows a hover state.
        const size = page.viewportSize() || VIEWPORT;
        await page.mouse.move(size.width - 8, size.height - 8);
      }
      if (of === 'newest') {
        // The whole newest bot message: the page, made tall enough for it (an element screenshot of a
        // card taller than the chat pane comes out with the Playground's top bar drawn over it).
        const messages = await chat.messages();
        const bots = messages.filter((m) => m.bot);
        const box = bots.length ? await chat.message(bots[bots.length - 1].index).boundingBox() : null;
        const chrome = 220; // top bar, message header, compose box and margins
        if (box && box.height + chrome > VIEWPORT.height) {
          await page.setViewportSize({ width: VIEWPORT.width, height: Math.min(Math.ceil(box.height + chrome), 2400) });
          try {
            await chat.message(bots[bots.length - 1].index).scrollIntoViewIfNeeded({ timeout: 5000 });
            if (neutralMouse) await page.mouse.move(VIEWPORT.width - 8, Math.ceil(box.height + chrome) - 8);
            await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); }));
            await page.screenshot({ path: file, timeout: 10000 });
          } finally {
            await page.setViewportSize(VIEWPORT);
          }
          return;
        }
      }
      await page.screenshot({ path: file, timeout: 10000 });
    },
  };
}

async function runScenario(scenario, args, log, browserHost) {
  const outDir = path.join(args.out, scenario.name);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(args.work, `${scenario.name}-`));
  const started = Date.now();
  const env = { ...process.env };
  const teardown = [];
  current = { teardown };
  // Without "people", one Playground with its default user; with them, one Playground (and page) per person.
  const people = scenario.people ? Object.keys(scenario.people) : [null];
  const contexts = new Map();
  let stepNo = 0;
  const debug = (what) => { if (process.env.E2E_DEBUG) log(`    [${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`); };
  let step = null;
  try {
    const botPort = await freePort();
    const bot = new Bot({
      dll: args.botDll, contentRoot: args.contentRoot, port: botPort,
      dbFile: path.join(work, 'e2e.db'), logFile: path.join(outDir, 'bot.log'), env,
    });
    bot.env = { ...env, ...settingsEnv(scenario.settings, bot.url) };
    teardown.push(() => bot.stop());
    const playgrounds = [];
    for (const key of people) {
      const suffix = key ? `-${key}` : '';
      const playground = new Playground({
        e2eDir: E2E_DIR, workDir: work, botEndpoint: bot.endpoint, port: await freePort(),
        logFile: path.join(outDir, `playground${suffix}.out`), eventLog: path.join(outDir, `playground${suffix}.log`), env,
        configPath: key ? writePlaygroundConfig(path.join(work, `playground-${key}.yml`), key, scenario.people) : null,
      });
      teardown.push(() => playground.stop());
      playgrounds.push(playground);
    }
    // They all start independently; the pages are opened only once CoachBot answers /healthz.
    const [, , pages] = await Promise.all([
      bot.start().then(() => debug('CoachBot started')),
      Promise.all(playgrounds.map((playground) => playground.start())).then(() => debug('Playgrounds started')),
      browserHost.pages(people.length).then((p) => { debug('Chromium ready'); return p; }),
    ]);
    for (const page of pages) teardown.unshift(() => browserHost.release(page));
    teardown.unshift(async () => {
      for (const ctx of contexts.values()) {
        for (const linkPage of ctx.linkPages) await linkPage.close().catch(() => {});
      }
    });

    for (let i = 0; i < people.length; i += 1) {
      const key = people[i];
      const page = pages[i];
      const traffic = new Traffic(path.join(outDir, key ? `traffic-${key}.jsonl` : 'traffic.jsonl'));
      traffic.attach(page);
      contexts.set(key, personContext({ key, page, playground: playgrounds[i], traffic, bot, log, args, outDir, stepNo: () => stepNo }));
      await page.goto(playgrounds[i].url, { waitUntil: 'domcontentloaded', timeout: 30000 });
      debug(`page loaded${key ? ` for ${key}` : ''}`);
      await page.locator(COMPOSE).waitFor({ state: 'visible', timeout: 30000 });
      // Opening the page installs the app: wait until CoachBot has answered both activities, so a
      // scenario starts from the same point every time (and CoachBot knows where this person is).
      await waitUntil(`CoachBot to answer the installationUpdate and conversationUpdate sent when ${key ? `${key}'s` : 'the'} page opens`, 30000, async () => {
        const answered = traffic.inbound(0).filter((e) => e.status !== undefined);
        return ['installationUpdate', 'conversationUpdate'].every((type) => answered.some((e) => e.type === type));
      }, { describe: () => traffic.report(0).split('\n').slice(-3).join(' / ').trim() });
    }
    log(`    (started CoachBot, ${people.length > 1 ? `${people.length} Playgrounds (${people.join(', ')})` : 'the Playground'} and Chromium in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

    for (stepNo = 1; stepNo <= scenario.steps.length; stepNo += 1) {
      step = scenario.steps[stepNo - 1];
      const ctx = contexts.get(step.as === undefined ? people[0] : step.as);
      const t0 = Date.now();
      const result = await runStep(ctx, step);
      if (!result.screenshotTaken) {
        await ctx.screenshot(ctx.screenshotPath(stepType(step)));
      }
      log(`    ${String(stepNo).padStart(2)} ${describeStep(step)}  (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
    return { ok: true, ms: Date.now() - started };
  } catch (error) {
    if (stopping) return { ok: false, ms: Date.now() - started, report: 'stopped' };
    const report = [];
    report.push(`FAIL ${scenario.name}${step ? ` at step ${stepNo} (${describeStep(step)})` : ' while starting'}:`);
    report.push(`  ${String(error.message || error).split('\n').join('\n  ')}`);
    if (contexts.size) {
      for (const ctx of contexts.values()) {
        const who = ctx.key ? ` (${ctx.key})` : '';
        try { await ctx.page.screenshot({ path: path.join(outDir, `${String(stepNo).padStart(2, '0')}-FAILED${ctx.key ? `-${ctx.key}` : ''}.png`), timeout: 5000 }); } catch { /* the page may be gone */ }
        if (ctx.pageErrors.length) {
          report.push(`--- errors thrown in the page${who} (e.g. by the card renderer) ---`);
          report.push(...ctx.pageErrors.slice(-5).map((e) => `  ${e.split('\n')[0]}`));
        }
        report.push(`--- the chat pane${who} ---`);
        report.push(await ctx.chat.transcript());
        report.push(`--- what CoachBot received and sent${who} (the Playground's log stream) ---`);
        report.push(ctx.traffic.report(0));
      }
      const any = contexts.values().next().value;
      report.push(`--- CoachBot's log (last lines of ${path.relative(process.cwd(), path.join(outDir, 'bot.log'))}) ---`);
      report.push(any.bot.logTail(30));
    } else {
      report.push(`--- CoachBot's log ---\n${tail(path.join(outDir, 'bot.log'), 30)}`);
      for (const key of people) {
        report.push(`--- the Playground's output${key ? ` (${key})` : ''} ---\n${tail(path.join(outDir, `playground${key ? `-${key}` : ''}.out`), 15)}`);
      }
    }
    report.push(`(screenshots, traffic and logs: ${path.relative(process.cwd(), outDir)}/)`);
    const text = report.join('\n');
    fs.writeFileSync(path.join(outDir, 'failure.txt'), `${text}\n`);
    return { ok: false, ms: Date.now() - started, report: text };
  } finally {
    const t0 = Date.now();
    for (const stop of teardown) {
      const t1 = Date.now();
      try { await stop(); } catch { /* best effort: run.sh sweeps whatever is left */ }
      if (process.env.E2E_DEBUG) log(`    teardown step ${((Date.now() - t1) / 1000).toFixed(1)} s`);
    }
    if (process.env.E2E_DEBUG) log(`    (stopped everything in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    current = null;
    if (browserHost.blocked.length) fs.writeFileSync(path.join(outDir, 'blocked-requests.txt'), `${browserHost.blocked.join('\n')}\n`);
    browserHost.blocked = [];
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const scenarios = loadScenarios(args.scenariosDir, args.scenarios);
  if (args.list) {
    for (const s of scenarios) console.log(`${s.name.padEnd(24)} ${s.description}`);
    return 0;
  }
  for (const [key, flag] of [['botDll', '--bot-dll'], ['contentRoot', '--content-root'], ['work', '--work']]) {
    if (!args[key]) throw new Error(`${flag} is required`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  if (!args.scenarios.length) fs.rmSync(args.out, { recursive: true, force: true }); // a full run starts clean
  fs.mkdirSync(args.out, { recursive: true });
  const log = (line) => console.log(line);
  const results = [];
  browserHost = new BrowserHost(args.work);
  for (const scenario of scenarios) {
    log(`▶ ${scenario.name} — ${scenario.description}`);
    const result = await runScenario(scenario, args, log, browserHost);
    if (stopping) return 130;
    results.push({ name: scenario.name, ...result });
    if (result.ok) log(`✔ ${scenario.name} (${(result.ms / 1000).toFixed(1)} s)`);
    else console.error(`✘ ${scenario.name} (${(result.ms / 1000).toFixed(1)} s)\n${result.report}`);
  }
  await browserHost.close();
  const failed = results.filter((r) => !r.ok);
  const total = results.reduce((sum, r) => sum + r.ms, 0);
  if (failed.length) {
    console.log(`e2e: ${failed.length} of ${results.length} scenarios failed (${failed.map((r) => r.name).join(', ')}); ${results.length - failed.length} passed in ${(total / 1000).toFixed(1)} s`);
    return 1;
  }
  console.log(`e2e: ${results.length} scenarios passed in ${(total / 1000).toFixed(1)} s`);
  return 0;
}

async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.error(`e2e: stopped by ${signal}`);
  if (current) {
    for (const stop of current.teardown) {
      try { await stop(); } catch { /* keep going */ }
    }
  }
  if (browserHost) await browserHost.close();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('exit', () => Child.killAllNow());

main().then((code) => { process.exitCode = code; }, (error) => {
  console.error(`e2e: ${error.message || error}`);
  process.exitCode = 2;
});
