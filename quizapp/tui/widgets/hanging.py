"""A prefix with the text wrapped beside it: continuation lines start under the text,
not under the prefix, so a long numbered choice stays readable."""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class Hanging(Visual):
    """``prefix`` on the first line, ``body`` wrapped in the width that is left."""

    def __init__(self, prefix: Content, body: Content) -> None:
        self.prefix = prefix
        self.body = body

    @property
    def plain(self) -> str:
        return self.prefix.plain + self.body.plain

    def _body_width(self, width: int) -> int:
        return max(1, width - self.prefix.cell_length)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        indent = self.prefix.cell_length
        body = self.body.render_strips(self._body_width(width), None, style, options)
        head = self.prefix.render_strips(indent, 1, style, options) if indent else []
        blank = Strip.blank(indent, style.rich_style)
        lines = [
            Strip.join([head[0] if index == 0 and head else blank, line])
            for index, line in enumerate(body or [Strip.blank(0)])
        ]
        return lines if height is None else lines[:height]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        indent = self.prefix.cell_length
        return indent + self.body.get_optimal_width(rules, max(1, container_width - indent))

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.prefix.cell_length + self.body.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return max(1, self.body.get_height(rules, self._body_width(width)))
