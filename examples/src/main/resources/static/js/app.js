// the persona switcher submits itself
document.addEventListener('change', function (e) {
  if (e.target && e.target.matches('select[data-autosubmit]')) { e.target.form.submit(); }
});
