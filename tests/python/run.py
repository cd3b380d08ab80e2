"""Runs the Python package's tests (test_*.py here) in the interpreter that has the package installed.

Prints each test as `ok` / `not ok`, then `# pass N` and `# fail N` (the lines scripts/test.sh counts);
exits 1 on any failure. Skipped tests are listed and counted as neither.
"""
import os
import sys
import unittest

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)


class Result(unittest.TextTestResult):
    def addSuccess(self, test):
        super().addSuccess(test)
        print(f"ok - {test.id()}", flush=True)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        print(f"not ok - {test.id()}", flush=True)

    def addError(self, test, err):
        super().addError(test, err)
        print(f"not ok - {test.id()} (error)", flush=True)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        print(f"skip - {test.id()}: {reason}", flush=True)


def main():
    pattern = sys.argv[1] if len(sys.argv) > 1 else "test_*.py"
    suite = unittest.defaultTestLoader.discover(here, pattern=pattern, top_level_dir=here)
    runner = unittest.TextTestRunner(resultclass=Result, verbosity=0, stream=sys.stderr)
    r = runner.run(suite)
    failed = len(r.failures) + len(r.errors)
    print(f"# pass {r.testsRun - failed - len(r.skipped)}")
    print(f"# fail {failed}")
    return 1 if failed or r.testsRun == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
