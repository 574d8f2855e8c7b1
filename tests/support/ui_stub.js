// Minimal DOM stub to run the page script against a fake fetch.
const elements = {};
function el(tag){ return {tag, children:[], textContent:'', className:'', hidden:false, onclick:null,
  appendChild(c){ this.children.push(c); return c; }, set textContent_(v){} }; }
global.document = { getElementById(id){ return elements[id] || (elements[id] = el('div')); },
  createElement(t){ return el(t); } };
const calls = [];
global.fetch = async (url, opts) => { calls.push([opts.method, url]);
  if (url.endsWith('/processes')) return { ok:true, status:200, json: async () => [
    {group:'web',name:'web',statename:'RUNNING',description:'pid 1, uptime 0:00:01'},
    {group:'g',name:'a',statename:'STOPPED',description:'Not started'}] };
  if (url.includes('/log')) return { ok:true, status:200, json: async () => ({data:'LOGDATA'}) };
  if (url.includes('/nope/')) return { ok:false, status:404, json: async () => ({error:{message:'BAD_NAME: nope'}}) };
  return { ok:true, status:200, json: async () => true }; };
global.setInterval = () => 0;
require(process.argv[2]);
setTimeout(async () => {
  const rows = elements['rows'].children;
  console.log('rows', rows.length, rows[1].children[0].textContent, rows[1].children[1].children[0].className);
  // click "restart" on g:a
  const buttons = rows[1].children[3].children;
  await buttons[2].onclick(); console.log(calls.filter(c=>c[0]==='POST'));
  await buttons[4].onclick(); console.log('tail', elements['tail'].textContent, elements['tailname'].textContent);
  await elements['stopall'].onclick(); console.log(calls[calls.length-2]);
}, 50);
