/** The HTML report's style sheet and script, inlined in the page (the CSP allows inline only, nothing from the network). */

export const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:1.8rem}h4{margin:.6rem 0 .2rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem .4rem;text-align:left;vertical-align:top}
#items th{cursor:pointer;background:#f4f4f4;user-select:none}#items th[aria-sort=ascending]::after{content:" ▲"}#items th[aria-sort=descending]::after{content:" ▼"}
tr.item{cursor:pointer}tr.item:hover,tr.item:focus{background:#f3f5ff;outline:none}tr.item[aria-expanded=true]{background:#eef1ff}
.verdict.inconsistent{color:#b00020;font-weight:600}.verdict.consistent{color:#1b7f3b}.verdict.undetermined{color:#8a6d00}
.cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}.card{border:1px solid #ddd;border-radius:6px;padding:.5rem .8rem;min-width:7rem}.card b{display:block;font-size:1.3rem}
.charts{display:flex;gap:2rem;flex-wrap:wrap}.charts figure{margin:0}.charts figcaption{font-weight:600;margin-bottom:.3rem}
svg.chart{max-width:100%;height:auto;font:12px system-ui,sans-serif}svg.chart .segment,svg.chart .rate{cursor:pointer}svg.chart .segment:hover,svg.chart .rate:hover{opacity:.8}
.controls{margin:1rem 0;display:flex;gap:1rem;flex-wrap:wrap;align-items:center}
.finding{margin:.3rem 0;padding:.3rem .5rem;border-left:4px solid #b00020;background:#fff5f5}
.finding.citation{border-color:#c77700;background:#fffaf0}.finding.none,.rule.none{border-color:#aaa;background:#f7f7f7}
.rule{margin:.4rem 0;padding:.3rem .5rem;border-left:4px solid #999}.rule.fired{border-color:#3355cc}
.cite,.note,.where,.reading{color:#666;font-size:.9em}.explanation{font-style:italic}
.trail li.met>.mark{color:#1b7f3b}.trail li.unmet>.mark{color:#b00020}.trail li.skipped{color:#777}mark{background:#ffe58a}
dl.item-facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.3rem 0}dl.item-facts dt{font-weight:600}dl.item-facts dd{margin:0}
.conflict{border:1px solid #ddd;border-radius:6px;padding:.5rem .8rem;margin:.8rem 0}.conflict .sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.conflict h3{font-size:1rem;margin:.2rem 0}ul.key-facts{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;list-style:none;padding:0;margin:.4rem 0;font-size:.92em}
`;

export const SCRIPT = `
(function(){
  var table=document.getElementById('items');
  var body=table.tBodies[0];
  var filters={verdict:document.getElementById('filter-verdict'),kind:document.getElementById('filter-kind'),decision:document.getElementById('filter-decision'),specialty:document.getElementById('filter-specialty'),text:document.getElementById('filter-text')};
  function rows(){return Array.prototype.slice.call(body.querySelectorAll('tr.item'));}
  function detailOf(row){return document.getElementById(row.dataset.detail);}
  function setOpen(row,open){detailOf(row).hidden=!open;row.setAttribute('aria-expanded',open?'true':'false');}
  function apply(){
    var v=filters.verdict.value,k=filters.kind.value,d=filters.decision.value,s=filters.specialty.value,q=filters.text.value.toLowerCase();
    var shown=0;
    rows().forEach(function(r){
      var ok=(!v||r.dataset.verdict===v)&&(!k||r.dataset.kind===k)&&(!d||r.dataset.decision===d)&&(!s||JSON.parse(r.dataset.specialties).indexOf(s)>=0)&&(!q||r.textContent.toLowerCase().indexOf(q)>=0);
      r.hidden=!ok; if(ok){shown++;}else{setOpen(r,false);}
    });
    document.getElementById('shown').textContent=String(shown);
  }
  function setFilters(values){
    Object.keys(filters).forEach(function(name){filters[name].value=values[name]||'';});
    apply();
  }
  Object.keys(filters).forEach(function(name){filters[name].addEventListener('input',apply);filters[name].addEventListener('change',apply);});
  document.getElementById('filter-reset').addEventListener('click',function(){setFilters({});});
  body.addEventListener('click',function(e){
    if(e.target.closest('tr.detail')) return;
    var row=e.target.closest('tr.item'); if(row) setOpen(row,detailOf(row).hidden);
  });
  body.addEventListener('keydown',function(e){
    if(e.key!=='Enter'&&e.key!==' ') return; var row=e.target.closest('tr.item'); if(!row) return;
    e.preventDefault(); setOpen(row,detailOf(row).hidden);
  });
  var headers=Array.prototype.slice.call(table.tHead.rows[0].cells);
  headers.forEach(function(th,col){
    th.addEventListener('click',function(){
      var asc=th.getAttribute('aria-sort')!=='ascending';
      headers.forEach(function(c){c.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      var list=rows();
      list.sort(function(a,b){
        var x=a.cells[col].textContent,y=b.cells[col].textContent,nx=Number(x),ny=Number(y);
        var c=(x!==''&&y!==''&&!isNaN(nx)&&!isNaN(ny))?nx-ny:(x<y?-1:x>y?1:0);
        return asc?c:-c;
      });
      list.forEach(function(r){body.appendChild(r);body.appendChild(detailOf(r));});
    });
  });
  function show(target){table.scrollIntoView({block:'start'});if(target){target.focus();}}
  Array.prototype.forEach.call(document.querySelectorAll('#chart-verdicts .segment'),function(seg){
    seg.addEventListener('click',function(){setFilters({kind:seg.dataset.kind,verdict:seg.dataset.verdict});show();});
  });
  Array.prototype.forEach.call(document.querySelectorAll('#chart-overturn .rate'),function(bar){
    bar.addEventListener('click',function(){setFilters({specialty:bar.dataset.specialty});show();});
  });
  Array.prototype.forEach.call(document.querySelectorAll('a[data-item]'),function(link){
    link.addEventListener('click',function(e){
      e.preventDefault(); setFilters({});
      var row=document.getElementById(link.dataset.item); setOpen(row,true); show(row);
    });
  });
  apply();
})();
`;
