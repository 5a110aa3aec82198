// check and render both compile the spec; its warning must reach the log once, not once per goal.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines().findAll { it.contains('warning[HM150]') }
assert lines.size() == 1 : "HM150 printed ${lines.size()} times:\n" + lines.join('\n')
assert new File(basedir, 'target/hmspec/twice.html').isFile()
return true
