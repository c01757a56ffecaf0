"""Find one person's data across the sources of a catalog, and plan its erasure.

    subject = piiscan.load_subject("subject.yaml")          # never from argv
    result = piiscan.find_subject(subject, catalog, {"crm": url}, key=key)
    result.write("found.json")                              # 0600: one person's row keys
    plan = piiscan.plan_erasure(result, load_policy("erasure.yaml"))

Modules: subject (input, masking), normalise, targets (where to look), search (one query
per column, verification), links (foreign keys, declared links), result (output model),
export (art. 15), erasure (the plan; never executed), command (the CLI). Nothing is
imported here, so `piiscan --help` stays light.
"""
