import AdsShell

print("adsh")
