"""Digital signatures as Nghị định 30/2020/NĐ-CP lays them out (Phụ lục I: I.7.d, I.8, Phần II I.3).

PAdES signing in the office's order (the leader signs, the văn thư numbers, dates and seals), verification
of received PDFs, and electronic copies ("Sao y"). Built on pyHanko; knows nothing about Django.
"""
