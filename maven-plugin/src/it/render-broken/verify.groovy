// The broken spec fails the build with its diagnostic (path:line:col, source line, caret);
// the good spec was rendered anyway and the broken one wrote nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /broken\.hmspec:5:9: error\[HM\d+\]: unknown field "valeu"/ : 'diagnostic with line and column missing'
assert log.contains(' 5 |   color valeu')
assert log.contains('hmspec:render: 1 spec of 2 failed with 1 error')
def out = new File(basedir, 'target/hmspec')
assert new File(out, 'good.html').isFile() && new File(out, 'good.png').isFile()
assert !new File(out, 'broken.html').exists()
return true
