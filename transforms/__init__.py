"""Pure functions from parsed documents to warehouse rows.

May use extractors' record types; never fetches, never imports warehouse/,
expectations/ or flows/.
"""
