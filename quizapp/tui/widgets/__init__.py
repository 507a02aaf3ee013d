"""Widgets of the study app: the answer widgets (one per question type) and the countdown."""
