// Three runs of the goal over the same classes; the tests (run after the second and again after the third) see each
// call cached once: a class woven twice would count every call twice.
def log = new File(basedir, 'build.log').text
assert log.findAll('Memoria: wove 1 cached method in 1 class of').size() == 3
assert log.findAll('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0').size() >= 2
