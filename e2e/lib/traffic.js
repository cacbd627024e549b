'use strict';
// What went over the wire, as the Playground's own web UI saw it: the conversation stream
// (/_ws_conversation/...: the messages the page renders) and the log stream (/_ws/log/stream: every
// request the Playground sent CoachBot with CoachBot's HTTP answer, and every activity CoachBot posted
// to the Playground's connector). Both are read from the page's WebSocket frames.

const fs = require('fs');

const CARD = 'application/vnd.microsoft.card.adaptive';

/** The card kind: the id of the first Container in the card's body (CoachBot's convention). */
function cardKind(card) {
  const visit = (elements) => {
    for (const element of elements || []) {
      if (element && element.type === 'Container') return element.id || '(container without id)';
    }
    return null;
  };
  return card && typeof card === 'object' ? visit(card.body) : null;
}

function kindsOf(attachments) {
  return (attachments || []).filter((a) => a && a.contentType === CARD).map((a) => cardKind(a.content));
}

function short(value, max = 160) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === undefined) return '';
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

class Traffic {
  constructor(jsonlFile) {
    this.jsonlFile = jsonlFile;
    this.seq = 0;
    /** @type {{seq:number, at:number, source:'conversation'|'log', data:any}[]} */
    this.events = [];
  }

  /** Starts listening to the page's WebSockets. */
  attach(page) {
    page.on('websocket', (ws) => {
      const url = ws.url();
      const source = url.includes('/_ws/log/') ? 'log' : url.includes('/_ws_conversation/') ? 'conversation' : null;
      if (!source) return;
      ws.on('framereceived', (frame) => {
        if (typeof frame.payload !== 'string') return;
        let data;
        try { data = JSON.parse(frame.payload); } catch { return; }
        this.record(source, data);
      });
    });
  }

  record(source, data) {
    this.seq += 1;
    const event = { seq: this.seq, at: Date.now(), source, data };
    this.events.push(event);
    if (this.jsonlFile) fs.appendFileSync(this.jsonlFile, `${JSON.stringify(event)}\n`);
  }

  /** A marker: events after it are "new". */
  mark() { return this.seq; }

  after(mark) { return this.events.filter((e) => e.seq > mark); }

  /** Log-stream entries for requests the Playground sent CoachBot (with CoachBot's answer). */
  inbound(mark = 0) {
    return this.after(mark)
      .filter((e) => e.source === 'log' && e.data.log && e.data.log.request && isToBot(e.data.log))
      .map((e) => ({ seq: e.seq, ...describeInbound(e.data.log) }));
  }

  /** Log-stream entries for activities CoachBot posted to the Playground's connector. */
  outbound(mark = 0) {
    return this.after(mark)
      .filter((e) => e.source === 'log' && e.data.log && e.data.log.request && !isToBot(e.data.log))
      .map((e) => ({ seq: e.seq, ...describeOutbound(e.data.log) }));
  }

  /** Plain text lines of the log panel (connection notices, errors). */
  notices(mark = 0) {
    return this.after(mark)
      .filter((e) => e.source === 'log' && e.data.log && !e.data.log.request && e.data.log.displayText)
      .map((e) => ({ seq: e.seq, text: e.data.log.displayText, level: e.data.log.level || 'info' }));
  }

  /** Warnings and errors in the log panel since the mark, e.g. "Cannot connect to your app, …". */
  problems(mark = 0) {
    return this.notices(mark).filter((n) => n.level === 'warning' || n.level === 'error');
  }

  /**
   * Cards delivered to the page after the mark: new or updated messages on the conversation stream, and
   * cards CoachBot returned in an invoke response (those replace the clicked card in the page only).
   */
  cards(mark = 0) {
    const cards = [];
    for (const e of this.after(mark)) {
      if (e.source === 'conversation' && e.data.message) {
        for (const kind of kindsOf(e.data.message.attachments)) {
          cards.push({ seq: e.seq, kind, via: e.data.action || 'message', messageId: e.data.message.messageId });
        }
      } else if (e.source === 'log' && e.data.log && isToBot(e.data.log)) {
        const body = e.data.log.response && e.data.log.response.body;
        const parsed = typeof body === 'string' ? tryParse(body) : body;
        if (parsed && parsed.type === CARD) cards.push({ seq: e.seq, kind: cardKind(parsed.value), via: 'invoke response' });
      }
    }
    return cards;
  }

  /** A readable account of what CoachBot received and sent since the mark (for failures). */
  report(mark = 0) {
    const lines = [];
    for (const e of this.after(mark)) {
      if (e.source !== 'log' || !e.data.log) continue;
      const log = e.data.log;
      if (!log.request) {
        if (log.displayText) lines.push(`  · ${log.level && log.level !== 'info' ? `${log.level.toUpperCase()}: ` : ''}${short(log.displayText, 200)}`);
      } else if (isToBot(log)) {
        const d = describeInbound(log);
        lines.push(`  → CoachBot received ${d.summary}  ⇒ HTTP ${d.status ?? '(no answer)'}${d.responseSummary ? ` ${d.responseSummary}` : ''}`);
      } else {
        const d = describeOutbound(log);
        // The connector answers a new message with 201 and an update (PUT) with 200.
        const verb = d.status === 201 ? 'posted' : d.status === 200 ? 'updated' : 'sent';
        lines.push(`  ← CoachBot ${verb} ${d.summary}  ⇒ connector ${d.status ?? '?'}`);
      }
    }
    return lines.length ? lines.join('\n') : '  (nothing on the log stream)';
  }

  dump() { return this.events; }
}

function tryParse(text) {
  try { return JSON.parse(text); } catch { return null; }
}

function isToBot(log) {
  if (log.to) return log.to === 'User Application';
  const body = log.request && log.request.body;
  return Boolean(body && body.recipient && body.recipient.name === 'Test Bot');
}

function describeInbound(log) {
  const body = (log.request && log.request.body) || {};
  const status = log.response ? log.response.statusCode : undefined;
  let summary = body.type || log.activityName || '?';
  if (body.name) summary += ` ${body.name}`;
  if (body.action) summary += ` (${body.action})`;
  if (body.membersAdded) summary += ` membersAdded=${body.membersAdded.length}`;
  if (body.text !== undefined) summary += ` text=${JSON.stringify(short(body.text, 120))}`;
  if (body.value !== undefined) summary += ` value=${short(body.value, 200)}`;
  let responseSummary = '';
  if (log.response && log.response.body) {
    const parsed = typeof log.response.body === 'string' ? tryParse(log.response.body) : log.response.body;
    if (parsed && parsed.type === CARD) responseSummary = `card kind=${cardKind(parsed.value)}`;
    else if (parsed) responseSummary = short(parsed, 160);
    else responseSummary = short(log.response.body, 160);
  }
  if (log.error) responseSummary += ` error=${short(log.error, 160)}`;
  return { type: body.type, name: body.name, text: body.text, value: body.value, status, summary, responseSummary, body };
}

function describeOutbound(log) {
  const body = (log.request && log.request.body) || {};
  const status = log.response ? log.response.statusCode : undefined;
  const method = log.method || log.activityName || body.type || '?';
  let summary = body.type || method;
  const kinds = kindsOf(body.attachments);
  if (kinds.length) summary += ` card kind=${kinds.join(',')}`;
  if (body.text) summary += ` text=${JSON.stringify(short(body.text, 120))}`;
  if (body.replyToId) summary += ` replyTo=${body.replyToId}`;
  return { type: body.type, status, summary, kinds, body };
}

module.exports = { Traffic, cardKind, kindsOf, short };
