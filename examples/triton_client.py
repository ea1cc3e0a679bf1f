"""Query a running dynaprune server with NVIDIA's tritonclient (binary protocol).

    python examples/triton_client.py --url localhost:8000 --model digits-resnet56
"""

import argparse

import numpy as np
import tritonclient.http as httpclient

from dynaprune.datasets.sources import load_dataset


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default="localhost:8000")
    parser.add_argument("--model", default="digits-resnet56")
    parser.add_argument("--count", type=int, default=4, help="digits test images to send")
    args = parser.parse_args()

    client = httpclient.InferenceServerClient(url=args.url)
    print("server ready:", client.is_server_ready())
    metadata = client.get_model_metadata(args.model)
    print("inputs:", metadata["inputs"])

    test = load_dataset("digits").test
    images = test.images[: args.count]
    tensor = httpclient.InferInput("input", list(images.shape), "FP32")
    tensor.set_data_from_numpy(images, binary_data=True)
    outputs = [httpclient.InferRequestedOutput(name, binary_data=True) for name in ("probabilities", "kept_channels")]
    result = client.infer(args.model, [tensor], outputs=outputs)

    response = result.get_response()
    print("parameters:", response["parameters"])
    predicted = result.as_numpy("probabilities").argmax(axis=1)
    print("predicted:", predicted.tolist(), "labels:", test.labels[: args.count].tolist())
    kept = result.as_numpy("kept_channels")
    print("kept channels, first 8 units of each sample:", kept[:, :8].tolist())


if __name__ == "__main__":
    main()
