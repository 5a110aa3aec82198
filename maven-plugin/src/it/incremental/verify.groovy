// The three builds' summaries, in order: all rendered, none rendered, only the changed one.
def log = new File(basedir, 'build.log').getText('UTF-8')
def summaries = (log =~ /hmspec: (\d+) specs? rendered, (\d+) up to date/).collect { [it[1] as int, it[2] as int] }
assert summaries == [[2, 0], [0, 2], [1, 1]] : "summaries were ${summaries}"
def rendered = (log =~ /hmspec: rendered (\S+) /).collect { it[1] }
assert rendered == ['one', 'two', 'two'] : "rendered ${rendered}"
assert new File(basedir, 'target/hmspec/two.html').getText('UTF-8').contains('30')
return true
