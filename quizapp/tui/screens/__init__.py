"""One screen per file: home, question, feedback, results, stats, help and the confirm dialog."""
