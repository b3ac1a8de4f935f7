"""Figures of an article: sums of money (``amounts``), the count of signed projects (``projects``), and the
Chinese and full-width numerals both are written in (``numerals``). Their rules are in ``extract/data/``
(``money.yaml``, ``projects.yaml``, ``numerals.yaml``)."""
