"""The Recap command a benchmark runs: the one given with --recap, or the Release build of src/Recap.Cli."""

import os
import shlex
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def recap_command(recap=None):
    """`recap` split as a shell would, or the Release build of src/Recap.Cli, built first."""
    if recap:
        return shlex.split(recap)
    subprocess.run(["dotnet", "build", os.path.join(ROOT, "src", "Recap.Cli"), "-c", "Release", "-nologo", "-v", "quiet"],
                   check=True, stdout=subprocess.DEVNULL)
    return ["dotnet", os.path.join(ROOT, "src", "Recap.Cli", "bin", "Release", "net10.0", "Recap.Cli.dll")]
