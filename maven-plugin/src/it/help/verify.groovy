// `mvn hmspec:help -Ddetail` lists every goal with its parameters.
def log = new File(basedir, 'build.log').getText('UTF-8')
['hmspec:check', 'hmspec:render', 'hmspec:gallery', 'hmspec:help'].each { goal ->
    assert log.contains(goal) : "help does not list ${goal}"
}
assert log.contains('outputDirectory') : 'help -Ddetail does not list the parameters'
return true
