// -Dhmspec.skip skips both goals: the broken spec does not fail the build, nothing is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('hmspec: check skipped (hmspec.skip)')
assert log.contains('hmspec: render skipped (hmspec.skip)')
assert !new File(basedir, 'target/hmspec').exists()
return true
