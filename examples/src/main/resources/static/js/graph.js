// The share graph page: ShareHub's ECharts graph JSON, labelled with the directory's names.
(function () {
  var el = document.getElementById('graph');
  if (!el || typeof echarts === 'undefined') { return; }
  var chart = echarts.init(el);
  fetch(el.dataset.src).then(function (r) { return r.json(); }).then(function (g) {
    var ids = g.nodes.map(function (n) { return n.id; });
    var names = ids.length ? fetch(el.dataset.names + '?ids=' + ids.map(encodeURIComponent).join(','))
        .then(function (r) { return r.json(); }) : Promise.resolve({});
    return names.then(function (byId) {
      g.nodes.forEach(function (n) {
        n.name = (byId[n.id] || n.id) + (n.reversed ? '（已撤销）' : '');
        if (n.entry === 'POSTER') { n.symbol = 'diamond'; }
      });
      var levels = ['根节点（发起分享）', '第1层', '第2层', '第3层', '第4层', '第5层', '第6层'];
      g.categories.forEach(function (c, i) { c.name = levels[i] || ('第' + i + '层'); });
      chart.setOption({
        tooltip: { formatter: function (p) {
          if (p.dataType !== 'node') { return ''; }
          var d = p.data;
          return d.name + '<br>积分 ' + d.value + '<br>直接邀请 ' + d.invites + ' · 下级 ' + d.descendants
              + '<br>进入渠道 ' + d.entry;
        } },
        legend: [{ top: 8, data: g.categories.map(function (c) { return c.name; }) }],
        series: [{
          type: 'graph', layout: 'force', roam: true, draggable: true, top: 50,
          data: g.nodes, links: g.links, categories: g.categories,
          label: { show: true, position: 'right' },
          edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
          force: { repulsion: 160, edgeLength: 70, gravity: 0.08 },
          lineStyle: { color: 'source', opacity: 0.7 }
        }]
      });
      el.setAttribute('data-rendered', String(g.nodes.length));
    });
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
