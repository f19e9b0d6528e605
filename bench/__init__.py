"""Scale benchmark (`make bench`): a synthetic corpus built from the snapshot family,
the real pipeline run on it as a subprocess, and two baselines on the same pages.

- ``bench.templates`` turns a real snapshot page into a page template (site markup kept);
- ``bench.generate`` writes a corpus of N pages + manifest + sources.toml, and mutates it;
- ``bench.baselines`` times lxml, trafilatura and accords' own extract+transform in-process;
- ``bench.measure`` runs the pipeline CLI and polls the memory of its process tree;
- ``bench.report`` holds the report maths (rates, ratios, targets) and the markdown;
- ``bench.run`` is the command line (`python -m bench.run`).
"""
