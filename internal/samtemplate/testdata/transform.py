"""Prints template.yaml after the SAM transform, as JSON, using the SAM
translator that cfn-lint ships (and the managed-policy map cfn-lint keeps, so
no AWS call is made). Usage: python3 transform.py TEMPLATE"""
import json
import sys

from cfnlint.decode import decode
from cfnlint.template.transforms._sam import Transform

template, errors = decode(sys.argv[1])
if errors:
    sys.exit("decode %s: %s" % (sys.argv[1], errors))
transform = Transform(sys.argv[1], template, "us-east-1")
matches = transform.transform_template()
if matches:
    sys.exit("transform: %s" % matches)
json.dump(transform._template, sys.stdout, default=str, indent=1)
