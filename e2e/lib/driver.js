#!/usr/bin/env node
'use strict';
// Plays the scenarios in e2e/scenarios against CoachBot in the Microsoft 365 Agents Playground, in
// Debian's headless Chromium. Started by e2e/run.sh (which builds CoachBot first); every scenario gets a
// fresh CoachBot (own SQLite file), a fresh Playground and a fresh browser profile.
//
//   node lib/driver.js --bot-dll <CoachBot.Bot.dll> --content-root <Bot/> --work <tmp dir>
//                      [--out <dir>] [--scenario NAME]... [--docs <dir>] [--list]

const fs = require('fs');
const path = require('path');
const { Bot, Playground, Child, freePort, tail } = require('./processes');
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

async function launchBrowser(profileDir) {
  const { chromium } = require('playwright-core');
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    locale: 'en-US',
    timezoneId: 'UTC',
  });
}

async function runScenario(scenario, args, log) {
  const outDir = path.join(args.out, scenario.name);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(args.work, `${scenario.name}-`));
  const started = Date.now();
  const env = { ...process.env };
  const teardown = [];
  current = { teardown };
  const blocked = [];
  let ctx = null;
  let stepNo = 0;
  const debug = (what) => { if (process.env.E2E_DEBUG) log(`    [${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`); };
  let step = null;
  try {
    const [botPort, uiPort] = [await freePort(), await freePort()];
    const bot = new Bot({
      dll: args.botDll, contentRoot: args.contentRoot, port: botPort,
      dbFile: path.join(work, 'e2e.db'), logFile: path.join(outDir, 'bot.log'), env,
    });
    teardown.push(() => bot.stop());
    await bot.start();
    debug('CoachBot started');

    const playground = new Playground({
      e2eDir: E2E_DIR, workDir: work, botEndpoint: bot.endpoint, port: uiPort,
      logFile: path.join(outDir, 'playground.out'), eventLog: path.join(outDir, 'playground.log'), env,
    });
    teardown.push(() => playground.stop());
    await playground.start();
    debug('Playground started');

    const browser = await launchBrowser(fs.mkdtempSync(path.join(work, 'chromium-')));
    teardown.unshift(() => browser.close());
    debug('Chromium started');
    // The test stays on loopback: the UI's only other requests (an Office CDN's fonts and animation
    // worklet) are aborted, which costs four harmless console errors.
    await browser.route((url) => !LOOPBACK_HOSTS.has(url.hostname) && /^(https?|wss?):$/.test(url.protocol), (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
    const page = browser.pages()[0] || await browser.newPage();
    const traffic = new Traffic(path.join(outDir, 'traffic.jsonl'));
    traffic.attach(page);
    const chat = new Chat(page);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));

    ctx = {
      page, chat, traffic, bot, playground, log,
      docsDir: args.docs || null,
      state: { messageCount: 0, trafficMark: 0, clickedIndex: null },
      screenshotPath: (name) => path.join(outDir, `${String(stepNo).padStart(2, '0')}-${name}.png`),
      async screenshot(file, of) {
        if (of === 'newest') {
          const messages = await chat.messages();
          const bots = messages.filter((m) => m.bot);
          if (bots.length) {
            await chat.message(bots[bots.length - 1].index).screenshot({ path: file, timeout: 10000 });
            return;
          }
        }
        await page.screenshot({ path: file, timeout: 10000 });
      },
    };

    await page.goto(playground.url, { waitUntil: 'domcontentloaded', timeout: 30000 });
    debug('page loaded');
    await page.locator(COMPOSE).waitFor({ state: 'visible', timeout: 30000 });
    // Opening the page installs the app: wait until CoachBot has answered both activities, so a
    // scenario starts from the same point every time.
    await waitUntil('CoachBot to answer the installationUpdate and conversationUpdate sent when the page opens', 30000, async () => {
      const answered = traffic.inbound(0).filter((e) => e.status !== undefined);
      return ['installationUpdate', 'conversationUpdate'].every((type) => answered.some((e) => e.type === type));
    }, { describe: () => traffic.report(0).split('\n').slice(-3).join(' / ').trim() });
    log(`    (started CoachBot, the Playground and Chromium in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

    for (stepNo = 1; stepNo <= scenario.steps.length; stepNo += 1) {
      step = scenario.steps[stepNo - 1];
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
    if (ctx) {
      try { await ctx.page.screenshot({ path: path.join(outDir, `${String(stepNo).padStart(2, '0')}-FAILED.png`), timeout: 5000 }); } catch { /* the page may be gone */ }
      report.push('--- the chat pane ---');
      report.push(await ctx.chat.transcript());
      report.push('--- what CoachBot received and sent (the Playground\'s log stream) ---');
      report.push(ctx.traffic.report(0));
      report.push(`--- CoachBot's log (last lines of ${path.relative(process.cwd(), path.join(outDir, 'bot.log'))}) ---`);
      report.push(ctx.bot.logTail(30));
    } else {
      report.push(`--- CoachBot's log ---\n${tail(path.join(outDir, 'bot.log'), 30)}`);
      report.push(`--- the Playground's output ---\n${tail(path.join(outDir, 'playground.out'), 15)}`);
    }
    report.push(`(screenshots, traffic.jsonl and logs: ${path.relative(process.cwd(), outDir)}/)`);
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
    if (blocked.length) fs.writeFileSync(path.join(outDir, 'blocked-requests.txt'), `${blocked.join('\n')}\n`);
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
  for (const scenario of scenarios) {
    log(`▶ ${scenario.name} — ${scenario.description}`);
    const result = await runScenario(scenario, args, log);
    if (stopping) return 130;
    results.push({ name: scenario.name, ...result });
    if (result.ok) log(`✔ ${scenario.name} (${(result.ms / 1000).toFixed(1)} s)`);
    else console.error(`✘ ${scenario.name} (${(result.ms / 1000).toFixed(1)} s)\n${result.report}`);
  }
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
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('exit', () => Child.killAllNow());

main().then((code) => { process.exitCode = code; }, (error) => {
  console.error(`e2e: ${error.message || error}`);
  process.exitCode = 2;
});
