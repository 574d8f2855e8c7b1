// Minimal DOM stub to run the page script against a fake fetch (tests/http_ui.rs).
class El {
  constructor(tag) { Object.assign(this, {tag, children: [], attrs: {}, _text: '', className: '', hidden: false,
    value: '', checked: true, onclick: null, clientWidth: 800, scrollTop: 0, scrollHeight: 0, clientHeight: 0}); }
  get options() { return this.children; }
  get textContent() { return this._text; }
  set textContent(v) { this._text = String(v); this.children = []; }
  get lastChild() { return this.children[this.children.length - 1]; }
  set innerHTML(v) { this.children = [new El('svg')]; this.children[0].namespaceURI = 'svg-ns'; }
  get firstChild() { return this.children[0]; }
  appendChild(c) { this.children.push(c); return c; }
  append(...cs) { cs.forEach((c) => this.appendChild(c)); }
  setAttribute(k, v) { this.attrs[k] = String(v); if (k === 'class') this.className = String(v); }
  getAttribute(k) { return this.attrs[k]; }
  addEventListener() {} focus() {} scrollIntoView() {} contains() { return false; }
  querySelectorAll() { return []; }
}
const elements = {};
global.document = { getElementById(id) { return elements[id] || (elements[id] = new El('div')); },
  createElement(t) { return new El(t); }, createElementNS(ns, t) { return new El(t); },
  createTextNode(t) { const e = new El('#text'); e.textContent = t; return e; }, addEventListener() {},
  activeElement: null };
const startup = {boot_time: 1, now_ms: 900, processes: [
  {name: 'a', group: 'g', program: 'a', statename: 'RUNNING', chain_after: '', chain_state: '', depends_on: [], ready: 'tcp:1',
   one_shot: false, spawn_ms: 10, ready_ms: 300, running_ms: 300, settled_ms: 300, settled_state: 'RUNNING', spawns: 1, waits: []},
  {name: 'web', group: 'web', program: 'web', statename: 'STOPPED', chain_after: '', chain_state: '', depends_on: ['a'], ready: '',
   one_shot: false, spawn_ms: 301, ready_ms: null, running_ms: null, settled_ms: null, settled_state: '', spawns: 1,
   waits: [{kind: 'depends_on', on: 'a', from_ms: 0, to_ms: 301}]}]};
const calls = [];
const ok = (v) => ({ok: true, status: 200, json: async () => v});
global.fetch = async (url, opts) => { calls.push([opts.method || 'GET', url]);
  if (url.endsWith('/processes')) return ok([
    {group: 'web', name: 'web', statename: 'RUNNING', description: 'pid 1, uptime 0:00:01'},
    {group: 'g', name: 'a', statename: 'STOPPED', description: 'Not started'}]);
  if (url.endsWith('/metrics')) return ok({processes: [{group: 'web', name: 'web', rss_bytes: 2048, cpu_seconds_total: 0.5}], supervisor: {}});
  if (url.endsWith('/startup')) return ok(startup);
  if (url.endsWith('/supervisor')) return ok({identification: 'x', version: '1', api_version: '3.0', pid: 7, uptime_seconds: 5, statename: 'RUNNING'});
  if (url.includes('logtail')) { let sent = false; return {ok: true, status: 200, body: {getReader: () => ({
    read: async () => sent ? {done: true} : (sent = true, {value: new TextEncoder().encode('LOGDATA'), done: false})})}}; }
  return ok(true); };
global.setInterval = () => 0;
const walk = (e, f) => { f(e); (e.children || []).forEach((c) => walk(c, f)); };
document.getElementById('log-stream').value = 'stdout';  // a select's first option
require(process.argv[2]);
setTimeout(async () => {
  const rows = elements['rows'].children;
  const row = rows[2];
  console.log('rows', rows.length, row.children[0].children[0].textContent, row.children[1].children[0].className);
  let arrows = 0, edges = 0;
  walk(elements['timeline'], (e) => { if (e.className === 'tl-arrow') arrows++; });
  walk(elements['graph'], (e) => { if (e.className === 'g-edge') edges++; });
  console.log('timeline arrows', arrows, 'graph edges', edges);
  const buttons = row.children[4].children;   // start stop restart clear tail
  await buttons[2].onclick(); console.log(calls.filter((c) => c[0] === 'POST'));
  await buttons[4].onclick();
  await new Promise((r) => setTimeout(r, 20));
  console.log('tail', elements['tail'].textContent, elements['tailname'].textContent);
  await elements['stopall'].onclick(); console.log(calls.filter((c) => c[0] === 'POST').pop());
}, 50);
