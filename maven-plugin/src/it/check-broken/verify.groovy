// check reports every diagnostic of every spec, and the failure summary lists each one.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /broken\.hmspec:5:9: error\[HM\d+\]: unknown field "valeu"/
assert log =~ /also-broken\.hmspec:5:24: error\[HM\d+\]: unknown (color )?scheme "viridiss"/
assert log.contains('hmspec:check: 2 specs of 3 failed with 2 errors')
assert !new File(basedir, 'target/hmspec').exists() : 'check must not write outputs'
return true
