"""Typed records and settings shared by every stage of newskb."""
